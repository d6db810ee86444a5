import { expect } from "chai";
import * as encoding from "lib0/encoding";
import mongoose from "mongoose";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { documentStore } from "../../../server/collaboration/documentStore";
import { documentPlainText, ydocFromState } from "../../../server/documents/documentText";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { DocumentSnapshot } from "../../../server/models/DocumentSnapshot";
import { DocumentUpdate } from "../../../server/models/DocumentUpdate";
import { createDocument, signedInAs } from "../../support/documentFactories";
import { socketDisconnected } from "../../support/socketClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { eventually, YClient } from "../../support/yClient";

describe("collaboration over Socket.IO", () => {
  let server: TestServer;
  const clients: YClient[] = [];
  const open = async (http: Parameters<typeof YClient.open>[0], id: string) => {
    const client = await YClient.open(http, server.url, id);
    clients.push(client);
    return client;
  };
  before(async () => (server = await startTestServer({ collaboration: { compactEvery: 20, idleUnloadMs: 200 } })));
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  after(() => server.stop());

  it("serves the template to the first client, fully loaded", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http, { template: "good_practice", language: "fr" });
    const client = await open(http, id);
    await eventually(() => client.paragraphs().length === 14, "template loaded");
    expect(client.paragraphs()[0]).to.equal("Contexte");
  });

  it("makes concurrent edits from several real clients converge, each acknowledged after storage", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const editors = await Promise.all([1, 2, 3].map(async () => open(http, id)));
    editors.forEach((editor, n) => {
      for (let i = 0; i < 10; i++) editor.type(`editor ${n} line ${i}`);
    });
    const acks = (await Promise.all(editors.map((e) => e.settled()))).flat();
    expect(acks.every((ack) => ack.ok), JSON.stringify(acks.filter((a) => !a.ok))).to.equal(true);
    await eventually(() => editors.every((e) => e.paragraphs().length === 31), "all 30 lines everywhere");
    const [first, ...rest] = editors.map((e) => JSON.stringify(e.paragraphs()));
    for (const other of rest) expect(other).to.equal(first);
    // What was acknowledged is in storage (snapshot plus stored updates), not only in memory.
    const stored = documentPlainText(ydocFromState((await documentStore.load(id)).state));
    for (let n = 0; n < 3; n++) for (let i = 0; i < 10; i++) expect(stored).to.include(`editor ${n} line ${i}`);
  });

  it("drops and audits a read-only user's updates, leaving the document unchanged", async () => {
    const { http: author } = await signedInAs(server);
    const id = await createDocument(author, { classification: "public" });
    const { http: observerHttp, built: observer } = await signedInAs(server, "observer");
    const reader = await open(observerHttp, id);
    expect(reader.readOnly).to.equal(true);
    const writer = await open(author, id);
    await eventually(() => reader.paragraphs().length === 1, "synced");
    reader.type("observer was here");
    const [ack] = (await reader.settled()).slice(-1);
    expect(ack).to.deep.equal({ ok: false, code: "read_only" });
    await new Promise((r) => setTimeout(r, 100));
    expect(writer.paragraphs()).to.not.include("observer was here");
    expect(await AuditEntry.exists({ action: "document.update_refused", actorId: observer.user.id })).to.not.equal(null);
  });

  it("keeps a restricted document invisible and unjoinable for others, over HTTP and the socket", async () => {
    const { http: owner } = await signedInAs(server);
    const id = await createDocument(owner, { classification: "restricted", title: "Vertrouwelijke casus" });
    const { http: outsider } = await signedInAs(server);
    expect((await outsider.get(`/api/documents/${id}`)).status).to.equal(404);
    expect((await outsider.get(`/api/documents?q=Vertrouwelijke`)).body).to.deep.equal([]);
    expect((await outsider.get(`/api/documents/${id}/versions`)).status).to.equal(404);
    expect((await outsider.get(`/api/documents/${id}/export?format=md`)).status).to.equal(404);
    const error = await open(outsider, id).then(() => null, (e: { code?: string }) => e);
    expect(error?.code).to.equal("not_found");
    const { http: secretariat } = await signedInAs(server, "secretariat");
    expect((await secretariat.get(`/api/documents/${id}`)).status).to.equal(200);
    expect((await open(owner, id)).readOnly).to.equal(false);
  });

  it("refuses malformed messages without harming the document", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const client = await open(http, id);
    client.type("before");
    await client.settled();
    for (const garbage of [new Uint8Array([2, 5, 1, 2]), new Uint8Array([9, 1, 0]), new Uint8Array([2, 3, 255, 255, 255]), new Uint8Array(0)]) {
      expect(await client.send(garbage), String(garbage)).to.deep.equal({ ok: false, code: "invalid_message" });
    }
    const notBytes = await client.socket.timeout(2000).emitWithAck("doc.sync", { documentId: id, message: "hello" as never });
    expect(notBytes).to.deep.equal({ ok: false, code: "invalid_message" });
    const other = await open(http, id);
    await eventually(() => other.paragraphs().includes("before"), "content intact");
  });

  it("refuses an oversize message by closing that connection, without harming the document", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const client = await open(http, id);
    client.type("kept");
    await client.settled();
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, new Uint8Array(1024 * 1024 + 10));
    const gone = socketDisconnected(client.socket);
    client.socket.emit("doc.sync", { documentId: id, message: encoding.toUint8Array(encoder) });
    await gone;
    const other = await open(http, id);
    await eventually(() => other.paragraphs().includes("kept"), "content intact");
  });

  it("compacts updates into a snapshot without changing the content, and reloads it identically", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const client = await open(http, id);
    for (let i = 0; i < 45; i++) client.type(`regel ${i}`);
    await client.settled();
    const before = client.paragraphs();
    await eventually(async () => ((await DocumentSnapshot.findById(id).lean())?.seq ?? 0) >= 40, "compacted at least twice");
    // What a compaction folds is deleted by the next sweep (every few seconds, all documents at once).
    await eventually(async () => (await DocumentUpdate.countDocuments({ documentId: new mongoose.Types.ObjectId(id) })) < 20, "the folded rows swept", 10_000);
    client.close();
    await new Promise((r) => setTimeout(r, 400)); // idle unload (200 ms in this test)
    const fresh = await open(http, id);
    await eventually(() => fresh.paragraphs().length === before.length, "reloaded");
    expect(fresh.paragraphs()).to.deep.equal(before);
  });

  it("compacts a document loaded with many stored updates (as after a crash) once it is loaded, so the next load is one snapshot", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const writer = new Y.Doc();
    const text = writer.getText("stray");
    const updates: Uint8Array[] = [];
    writer.on("update", (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 30; i++) text.insert(text.length, "x");
    await documentStore.append(id, updates.map((update, i) => ({ seq: i + 1, update, userId: null })));
    const client = await open(http, id);
    await eventually(async () => (await DocumentUpdate.countDocuments({ documentId: new mongoose.Types.ObjectId(id) })) === 0, "the stored updates folded into the snapshot");
    const snapshot = await DocumentSnapshot.findById(id).lean();
    expect(snapshot?.seq).to.equal(30);
    const { rows } = await documentStore.readDocument(id);
    expect(rows.map((row) => row.kind), "the next load reads the snapshot alone").to.deep.equal(["snapshot"]);
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, rows[0]!.bytes);
    expect(loaded.getText("stray").toString()).to.equal("x".repeat(30));
    client.close();
  });

  it("only serves documents to sockets that joined them", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const client = await open(http, id);
    const otherId = await createDocument(http);
    const doc = new Y.Doc();
    doc.getXmlFragment("default").push([new Y.XmlElement("paragraph")]);
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc));
    const reply = await client.socket.timeout(2000).emitWithAck("doc.sync", { documentId: otherId, message: encoding.toUint8Array(encoder) });
    expect(reply).to.deep.equal({ ok: false, code: "not_joined" });
  });
});
