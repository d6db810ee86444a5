import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import mongoose from "mongoose";
import * as Y from "yjs";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../../server/db/embeddedDatabase";
import { DocumentSnapshot } from "../../../server/models/DocumentSnapshot";
import { DocumentUpdate } from "../../../server/models/DocumentUpdate";
import type { DocAck } from "../../../shared/events";
import { DOCUMENT_FIELD } from "../../../shared/editor/extensions";
import { createDocument, signedInAs } from "../../support/documentFactories";
import { startTestServer, type TestServer } from "../../support/testServer";
import { eventually, YClient } from "../../support/yClient";
import { paragraphUpdate as independentParagraph } from "../../support/paragraphUpdates";

/**
 * Storage faults against a database of this file's own (the shared test database must not stall
 * or stop): a stall is a real one, FerretDB stopped with SIGSTOP and resumed with SIGCONT.
 */
describe("collaboration: when storing stalls or fails", function () {
  this.timeout(60_000);
  let dataDir: string;
  let database: EmbeddedDatabase;
  let server: TestServer | undefined;
  const clients: YClient[] = [];
  const stall = () => process.kill(database.pid, "SIGSTOP");
  const resume = () => {
    try {
      process.kill(database.pid, "SIGCONT");
    } catch {
      // already stopped for good (the last test)
    }
  };
  const start = async (env: Record<string, string>, collaboration = {}) => {
    server = await startTestServer({ databaseUri: database.uri, env, collaboration });
    return server;
  };
  const open = async (srv: TestServer, http: Parameters<typeof YClient.open>[0], id: string) => {
    const client = await YClient.open(http, srv.url, id);
    clients.push(client);
    return client;
  };

  before(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-storefail-"));
    database = await startEmbeddedDatabase({ dataDir });
  });
  afterEach(async () => {
    resume();
    clients.splice(0).forEach((c) => c.close());
    await server?.stop();
    server = undefined;
  });
  after(async () => {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("gives up on a write the stalled database does not answer within STORE_TIMEOUT_MS: store_failed, the document closed; it reopens once the database is back", async () => {
    const srv = await start({ STORE_TIMEOUT_MS: "300" });
    const { http } = await signedInAs(srv);
    const id = await createDocument(http);
    const editor = await open(srv, http, id);
    editor.type("stored");
    expect((await editor.settled()).every((ack) => ack.ok)).to.equal(true);

    stall();
    editor.type("during the stall");
    const acks = await editor.settled();
    expect(acks[acks.length - 1]).to.deep.equal({ ok: false, code: "store_failed" });
    await eventually(() => editor.closedWith === "store_failed", "the editor is told");
    expect(await srv.collaboration.loaded(id)).to.equal(undefined);
    resume();

    // The write that timed out may still land; the reload waits for it, so sequence numbers go on.
    const again = await open(srv, http, id);
    await eventually(() => again.paragraphs().includes("stored"), "reopened");
    again.type("after the stall");
    expect((await again.settled()).every((ack) => ack.ok)).to.equal(true);
  });

  it("answers busy, without queueing, when too many updates of a document wait for storage; they are taken again once it drains", async () => {
    const srv = await start({ STORE_TIMEOUT_MS: "30000" }, { maxUnstoredUpdates: 5 });
    const { http } = await signedInAs(srv);
    const id = await createDocument(http);
    const editor = await open(srv, http, id);

    stall();
    const acks: Array<Promise<DocAck>> = [];
    for (let i = 0; i < 8; i++) acks.push(editor.sendUpdate(independentParagraph(`regel ${i}`)));
    expect(await Promise.all(acks.slice(5))).to.deep.equal([1, 2, 3].map(() => ({ ok: false, code: "busy" })));
    resume();
    expect(await Promise.all(acks.slice(0, 5))).to.deep.equal([1, 2, 3, 4, 5].map(() => ({ ok: true })));
    expect(await editor.sendUpdate(independentParagraph("regel 5"))).to.deep.equal({ ok: true });
    const other = await open(srv, http, id);
    await eventually(() => other.paragraphs().length === 7, "the stored ones are there");
    expect(other.paragraphs()).to.include("regel 4").and.include("regel 5").and.not.include("regel 6");
  });

  it("waits at shutdown for a compaction that is already running", async () => {
    const srv = await start({ STORE_TIMEOUT_MS: "30000" }, { compactEvery: 10_000, idleUnloadMs: 60_000 });
    const { http } = await signedInAs(srv);
    const id = await createDocument(http);
    const editor = await open(srv, http, id);
    for (let i = 0; i < 20; i++) editor.type(`regel ${i}`);
    await editor.settled();
    const lastSeq = (await DocumentUpdate.findOne({ documentId: new mongoose.Types.ObjectId(id) }).sort({ seq: -1 }).lean())!.seq;

    // The last editor leaves while the database stalls: the compaction starts and waits.
    stall();
    editor.close();
    const doc = (await srv.collaboration.loaded(id))!;
    await eventually(() => doc.connections.size === 0, "the server saw the editor leave");
    const closing = srv.close();
    setImmediate(resume);
    await closing;
    server = undefined;

    await mongoose.connect(database.uri);
    try {
      expect((await DocumentSnapshot.findById(id).lean())?.seq).to.equal(lastSeq);
      expect(await DocumentUpdate.countDocuments({ documentId: new mongoose.Types.ObjectId(id) })).to.equal(0);
    } finally {
      await mongoose.disconnect();
    }
  });

  it("does not acknowledge the update when the database is gone, tells the editors, and drops the document from memory", async () => {
    const srv = await start({ STORE_TIMEOUT_MS: "1000" });
    const { http } = await signedInAs(srv);
    const id = await createDocument(http);
    const editor = await open(srv, http, id);
    editor.type("stored");
    expect((await editor.settled()).every((ack) => ack.ok)).to.equal(true);

    await database.stop();
    editor.type("not stored");
    const acks = await editor.settled();
    expect(acks[acks.length - 1]).to.deep.equal({ ok: false, code: "store_failed" });
    await eventually(() => editor.closedWith === "store_failed", "the editor is told");
    expect(await srv.collaboration.loaded(id)).to.equal(undefined);
  });
});
