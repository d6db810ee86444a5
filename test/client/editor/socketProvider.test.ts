import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import * as Y from "yjs";
import { SocketProvider } from "../../../client/editor/socketProvider";
import { documentStore } from "../../../server/collaboration/documentStore";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../../server/db/embeddedDatabase";
import { documentPlainText, ydocFromState } from "../../../server/documents/documentText";
import { DOCUMENT_FIELD } from "../../../shared/editor/extensions";
import { createDocument, signedInAs } from "../../support/documentFactories";
import { incompleteUpdate, throwingUpdate } from "../../support/poisonedUpdates";
import { connectSocket, socketReady, type TestSocket } from "../../support/socketClient";
import type { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { eventually } from "../../support/yClient";

/**
 * The browser's collaboration provider, run in Node against the real server: what it does when
 * the server refuses an update. The provider only needs the page's online/offline events and
 * navigator.onLine from the browser, provided here; everything else (Socket.IO, Yjs) is real.
 */
describe("client: the socket provider when the server refuses updates", function () {
  this.timeout(60_000);
  let dataDir: string;
  let database: EmbeddedDatabase;
  let server: TestServer;
  const cleanups: Array<() => void> = [];
  const globals = globalThis as unknown as { window?: EventTarget; navigator?: { onLine: boolean } };
  const shimmed = { window: !globals.window, navigator: !globals.navigator };

  const write = (doc: Y.Doc, text: string) => {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(text)]);
    doc.getXmlFragment(DOCUMENT_FIELD).push([paragraph]);
  };
  const storedText = async (id: string) => documentPlainText(ydocFromState((await documentStore.load(id)).state));
  /** A provider on its own socket, and the sync messages it sends. */
  const provide = async (http: TestClient, id: string, doc = new Y.Doc()) => {
    const socket: TestSocket = connectSocket(http, server.url);
    await socketReady(socket);
    const sent: string[] = [];
    socket.onAnyOutgoing((event: string) => sent.push(event));
    const provider = new SocketProvider(id, doc, socket as never);
    cleanups.push(() => {
      provider.destroy();
      socket.disconnect();
    });
    await eventually(() => provider.synced, "joined and synced");
    return { provider, doc, sent, socket, saved: () => provider.pending === 0 && !provider.unsent && !provider.saveFailed };
  };

  before(async () => {
    if (shimmed.window) globals.window = new EventTarget();
    if (shimmed.navigator) Object.defineProperty(globalThis, "navigator", { value: { onLine: true }, configurable: true });
    dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-provider-"));
    database = await startEmbeddedDatabase({ dataDir });
    server = await startTestServer({ databaseUri: database.uri, env: { STORE_TIMEOUT_MS: "30000" }, collaboration: { maxUnstoredUpdates: 2 } });
  });
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
  after(async () => {
    process.kill(database.pid, "SIGCONT");
    await server.stop();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
    if (shimmed.window) delete globals.window;
    if (shimmed.navigator) delete globals.navigator;
  });

  it("applies others' edits, relayed as text (doc.relay), and stays in step with them", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const writer = await provide(http, id);
    const reader = await provide(http, id);
    const received: string[] = [];
    reader.socket.onAny((event: string) => received.push(event));
    write(writer.doc, "eerste regel");
    write(writer.doc, "tweede regel");
    const text = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FIELD).toString();
    await eventually(() => text(reader.doc) === text(writer.doc), "the reader has both paragraphs");
    expect(received).to.include("doc.relay").and.not.include("doc.sync");
    write(reader.doc, "antwoord");
    await eventually(() => text(writer.doc).includes("antwoord"), "the writer has the reply");
  });

  it("shows others' carets, relayed as text (doc.awareness in base64), and their going", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const writer = await provide(http, id);
    const reader = await provide(http, id);
    const relayed: unknown[] = [];
    reader.socket.on("doc.awareness", ({ update }: { update: unknown }) => relayed.push(update));
    writer.provider.awareness.setLocalStateField("cursor", { anchor: 1, head: 4 });
    const writerId = writer.doc.clientID;
    const cursorOf = () => (reader.provider.awareness.getStates().get(writerId) as { cursor?: unknown } | undefined)?.cursor;
    await eventually(() => cursorOf() !== undefined, "the reader sees the writer's caret");
    expect(cursorOf()).to.deep.equal({ anchor: 1, head: 4 });
    expect(relayed.length).to.be.greaterThan(0);
    expect(relayed.every((update) => typeof update === "string")).to.equal(true);
    writer.provider.destroy();
    await eventually(() => !reader.provider.awareness.getStates().has(writerId), "the writer's caret goes when they leave");
  });

  it("after busy, waits and resyncs once the server can store again, instead of giving up", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const { provider, doc, saved } = await provide(http, id);
    process.kill(database.pid, "SIGSTOP");
    try {
      for (let i = 0; i < 4; i++) write(doc, `regel ${i}`); // two wait for storage, the rest are refused: busy
      await eventually(() => !provider.joined, "the provider resyncs after busy");
      expect(provider.saveFailed).to.equal(false);
    } finally {
      process.kill(database.pid, "SIGCONT");
    }
    await eventually(saved, "everything saved after the backoff", 15_000);
    expect(await storedText(id)).to.include("regel 0").and.include("regel 3");
  });

  it("after invalid_update for an edit, resyncs once from the server instead of resending it", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const { provider, doc, sent, saved } = await provide(http, id);
    write(doc, "voor de fout");
    await eventually(saved, "saved");
    // As if this browser's editor had produced an update that cannot be applied.
    const before = sent.length;
    doc.emit("update", [throwingUpdate(), null, doc, null as never]);
    write(doc, "na de fout");
    await eventually(() => sent.slice(before).includes("doc.join"), "resyncing");
    await eventually(saved, "saved again after the resync");
    expect(provider.closedCode).to.equal(null);
    expect(await storedText(id)).to.include("voor de fout").and.include("na de fout");
    // The bad update, the next edit, then one join (carrying the state vector instead of a sync
    // step 1) and the step 2 answering the server's; nothing resent.
    expect(sent.slice(before).filter((event) => event !== "doc.awareness")).to.deep.equal(["doc.sync", "doc.sync", "doc.join", "doc.sync"]);
  });

  it("stops, with invalid_update, when the server refuses this browser's whole copy", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const damaged = new Y.Doc();
    Y.applyUpdate(damaged, incompleteUpdate()); // a copy holding structs that wait for changes nobody has
    const socket: TestSocket = connectSocket(http, server.url);
    await socketReady(socket);
    const provider = new SocketProvider(id, damaged, socket as never, { unsent: true });
    cleanups.push(() => {
      provider.destroy();
      socket.disconnect();
    });
    await eventually(() => provider.closedCode !== null, "the provider gives up");
    expect(provider.closedCode).to.equal("invalid_update");
    expect(provider.joined).to.equal(false);
  });
});
