import { expect } from "chai";
import mongoose from "mongoose";
import * as Y from "yjs";
import { documentStore } from "../../../server/collaboration/documentStore";
import { documentPlainText, ydocFromState } from "../../../server/documents/documentText";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { DocumentSnapshot } from "../../../server/models/DocumentSnapshot";
import { DocumentUpdate } from "../../../server/models/DocumentUpdate";
import { QuarantinedUpdate } from "../../../server/models/QuarantinedUpdate";
import { DOCUMENT_FIELD } from "../../../shared/editor/extensions";
import { createDocument, signedInAs } from "../../support/documentFactories";
import { incompleteUpdate, POISON_TEXT, throwingUpdate } from "../../support/poisonedUpdates";
import type { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { eventually, YClient } from "../../support/yClient";

describe("collaboration: updates that cannot be applied", () => {
  let server: TestServer;
  const clients: YClient[] = [];
  const open = async (http: TestClient, id: string) => {
    const client = await YClient.open(http, server.url, id);
    clients.push(client);
    return client;
  };
  const oid = (id: string) => new mongoose.Types.ObjectId(id);
  const exported = async (http: TestClient, id: string, format: "md" | "pdf") => {
    const response = await server.fetch(`/api/documents/${id}/export?format=${format}`, { headers: { Cookie: http.cookieHeader() } });
    return { status: response.status, type: response.headers.get("content-type"), body: Buffer.from(await response.arrayBuffer()) };
  };
  const storedText = async (id: string) => documentPlainText(ydocFromState((await documentStore.load(id)).state));
  const storedRows = async (id: string) => DocumentUpdate.countDocuments({ documentId: oid(id) });
  /** Everyone leaves, and the document leaves memory (idle unload, 200 ms here). */
  const unload = async (id: string) => {
    clients.splice(0).forEach((c) => c.close());
    await eventually(async () => (await server.collaboration.loaded(id)) === undefined, "the document is unloaded");
  };

  before(async () => (server = await startTestServer({ collaboration: { idleUnloadMs: 200 } })));
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  after(() => server.stop());

  it("refuses an update that throws with invalid_update: nothing stored, applied or relayed; audited once; the document still opens and exports after an unload", async () => {
    const { http: authorHttp, built: author } = await signedInAs(server);
    const { http: otherHttp } = await signedInAs(server);
    const id = await createDocument(authorHttp, { classification: "internal" });
    const sender = await open(authorHttp, id);
    const other = await open(otherHttp, id);
    sender.type("eerste regel");
    expect((await sender.settled()).every((ack) => ack.ok)).to.equal(true);
    const rowsBefore = await storedRows(id);

    const poison = throwingUpdate();
    expect(() => Y.decodeUpdate(poison)).to.not.throw();
    expect(() => Y.applyUpdate(new Y.Doc(), poison), "Yjs itself throws on it").to.throw();
    expect(await sender.sendUpdate(poison)).to.deep.equal({ ok: false, code: "invalid_update" });
    expect(await sender.sendUpdate(poison)).to.deep.equal({ ok: false, code: "invalid_update" });

    // The other editor keeps working, and neither it nor the server ever had any of it.
    other.type("tweede regel");
    expect((await other.settled()).every((ack) => ack.ok)).to.equal(true);
    await eventually(() => sender.paragraphs().includes("tweede regel"), "the other editor's edit arrives");
    expect(other.paragraphs()).to.not.include(POISON_TEXT);
    expect(documentPlainText((await server.collaboration.loaded(id))!.ydoc)).to.not.include(POISON_TEXT);
    expect(await storedRows(id)).to.equal(rowsBefore + 1); // only the other editor's update
    expect(await storedText(id)).to.not.include(POISON_TEXT);
    await eventually(async () => (await AuditEntry.countDocuments({ action: "document.update_invalid", targetId: id })) === 1, "audited");
    const entry = await AuditEntry.findOne({ action: "document.update_invalid", targetId: id }).lean();
    expect(entry).to.include({ actorId: author.user.id, result: "denied" });
    expect(JSON.parse(entry!.details!)).to.include({ bytes: poison.byteLength });

    await unload(id);
    const again = await open(otherHttp, id);
    await eventually(() => again.paragraphs().includes("tweede regel"), "reopened with both edits");
    expect(again.paragraphs()).to.include("eerste regel").and.not.include(POISON_TEXT);
    await unload(id);
    const markdown = await exported(authorHttp, id, "md");
    expect(markdown.status).to.equal(200);
    expect(markdown.body.toString("utf8")).to.include("eerste regel").and.include("tweede regel").and.not.include(POISON_TEXT);
    await unload(id);
    const pdf = await exported(authorHttp, id, "pdf");
    expect([pdf.status, pdf.type]).to.deep.equal([200, "application/pdf"]);
    expect(await QuarantinedUpdate.countDocuments({ documentId: oid(id) })).to.equal(0);
  });

  it("refuses an update that waits for changes nobody has with out_of_sync, storing nothing and auditing nothing", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const client = await open(http, id);
    const rowsBefore = await storedRows(id);
    expect(await client.sendUpdate(incompleteUpdate())).to.deep.equal({ ok: false, code: "out_of_sync" });
    expect(await storedRows(id)).to.equal(rowsBefore);
    const live = (await server.collaboration.loaded(id))!.ydoc;
    expect(live.store.pendingStructs).to.equal(null);
    client.type("daarna gewoon verder");
    expect((await client.settled()).slice(-1)).to.deep.equal([{ ok: true }]);
    expect(await AuditEntry.countDocuments({ action: "document.update_invalid", targetId: id })).to.equal(0);
  });

  it("opens a document that already holds rows that cannot be applied: they are quarantined and audited, the rest loads, exports and restores", async () => {
    const { http, built: sender } = await signedInAs(server);
    const id = await createDocument(http);
    const editor = await open(http, id);
    editor.type("bewaard");
    await editor.settled();
    await unload(id);

    // Rows as the server stored them before it validated updates: a throwing one, one that stays
    // pending, then a sound edit made after them.
    const seq = (await documentStore.load(id)).seq;
    const later = new Y.Doc();
    Y.applyUpdate(later, (await documentStore.load(id)).state);
    const before = Y.encodeStateVector(later);
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("na de vergiftigde rij")]);
    later.getXmlFragment(DOCUMENT_FIELD).push([paragraph]);
    await documentStore.reserve(id, seq + 3); // as the server does before it writes a row
    const { lastRow } = (await documentStore.readDocument(id)).log;
    await documentStore.appendRows([
      { documentId: id, row: lastRow + 1, seq: seq + 1, update: throwingUpdate(), userId: sender.user.id },
      { documentId: id, row: lastRow + 2, seq: seq + 2, update: incompleteUpdate(), userId: sender.user.id },
      { documentId: id, row: lastRow + 3, seq: seq + 3, update: Y.encodeStateAsUpdate(later, before), userId: null },
    ]);

    // A reader first (the export loads it), then editors.
    const markdown = await exported(http, id, "md");
    expect(markdown.status).to.equal(200);
    expect(markdown.body.toString("utf8")).to.include("bewaard").and.include("na de vergiftigde rij").and.not.include(POISON_TEXT);
    const client = await open(http, id);
    await eventually(() => client.paragraphs().includes("na de vergiftigde rij"), "opened without the bad rows");
    expect(client.paragraphs()).to.not.include(POISON_TEXT);

    const quarantined = await QuarantinedUpdate.find({ documentId: oid(id) }).sort({ seq: 1 }).lean();
    expect(quarantined.map((q) => [q.kind, q.seq, q.userId])).to.deep.equal([
      ["update", seq + 1, sender.user.id],
      ["pending", seq + 3, null],
    ]);
    expect(quarantined[0]!.size).to.equal(throwingUpdate().byteLength);
    expect(quarantined[0]!.error).to.be.a("string").and.not.equal("");
    const audits = await AuditEntry.find({ action: "document.update_quarantined", targetId: id }).lean();
    expect(audits.map((a) => JSON.parse(a.details!).seq).sort()).to.deep.equal([seq + 1, seq + 3]);
    // Storage was rewritten without them: a new snapshot, the folded rows gone.
    expect((await DocumentSnapshot.findById(id).lean())!.seq).to.equal(seq + 3);
    expect(await storedRows(id)).to.equal(0);

    expect((await http.get(`/api/documents/${id}/findings`)).status).to.equal(200);
    const version = await http.post(`/api/documents/${id}/versions`, { name: "Na de quarantaine" });
    expect(version.status).to.equal(201);
    client.type("na de versie");
    await client.settled();
    expect((await http.post(`/api/documents/${id}/versions/${version.body.id}/restore`)).status).to.be.oneOf([200, 204]);
    await eventually(() => !client.paragraphs().includes("na de versie"), "restored live");

    // Loading again moves nothing aside twice.
    await unload(id);
    expect((await exported(http, id, "pdf")).status).to.equal(200);
    expect(await QuarantinedUpdate.countDocuments({ documentId: oid(id) })).to.equal(2);
  });
});
