import { expect } from "chai";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { DocumentModel } from "../../../../server/models/Document";
import { PublishedDocument } from "../../../../server/models/PublishedDocument";
import { createDocument, signedInAs } from "../../../support/documentFactories";
import { expectProblem } from "../../../support/problemAssertions";
import { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";
import { eventually, YClient } from "../../../support/yClient";

/**
 * Published means checked: observers (and their exports, searches and live connections) read the
 * frozen snapshot that passed the personal-data guard; edits after it are a draft that editors see
 * live, until someone republishes through the guard.
 */
describe("routes: /api/documents published and draft", () => {
  let server: TestServer;
  const clients: YClient[] = [];
  before(async () => (server = await startTestServer()));
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  after(() => server.stop());

  const open = async (http: TestClient, id: string) => {
    const client = await YClient.open(http, server.url, id);
    clients.push(client);
    return client;
  };
  const exported = async (http: TestClient, id: string, query = "") => {
    const response = await server.fetch(`/api/documents/${id}/export?format=md${query}`, { headers: { Cookie: http.cookieHeader() } });
    return { status: response.status, text: await response.text() };
  };

  /** A member's internal document with checked text, published by making it public. */
  async function publishedDocument() {
    const member = await signedInAs(server);
    const id = await createDocument(member.http, { title: "Screening bij de grens" });
    const editor = await open(member.http, id);
    editor.type("Gecontroleerde tekst over de screening.");
    await editor.settled();
    expect((await member.http.patch(`/api/documents/${id}`, { classification: "public" })).status).to.equal(200);
    return { member, id, editor };
  }

  it("requires authentication", async () => {
    const { id } = await publishedDocument();
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expect((await anonymous.post(`/api/documents/${id}/publish`)).status).to.equal(401);
    expect((await anonymous.get(`/api/documents/${id}/publication`)).status).to.equal(401);
  });

  it("stores a frozen snapshot with its hash and publisher when publishing, and audits it", async () => {
    const { member, id } = await publishedDocument();
    const record = (await DocumentModel.findById(id).lean())!;
    expect(record.published).to.include({ title: "Screening bij de grens", byName: member.built.user.name });
    expect(record.published!.hash).to.match(/^[0-9a-f]{64}$/);
    expect(record.published!.text).to.include("Gecontroleerde tekst");
    const body = (await PublishedDocument.findById(id).lean())!;
    expect(body.hash).to.equal(record.published!.hash);
    expect(await AuditEntry.exists({ action: "document.published", targetId: id, actorId: member.built.user.id })).to.not.equal(null);
    const shown = (await member.http.get(`/api/documents/${id}`)).body;
    expect(shown.publication).to.deep.include({ by: member.built.user.name, hash: record.published!.hash });
    expect((await member.http.get(`/api/documents/${id}/publication`)).body.changedSincePublication).to.equal(false);
  });

  it("an observer only reads the checked version: live socket, HTTP, search and export, until it is republished through the guard", async () => {
    const { member, id, editor } = await publishedDocument();
    const { http: observer } = await signedInAs(server, "observer");
    const reader = await open(observer, id);
    expect(reader.readOnly).to.equal(true);
    await eventually(() => reader.paragraphs().includes("Gecontroleerde tekst over de screening."), "the observer has the published text");

    // A member adds personal data and renames it after publication: a working draft.
    const watcher = await open(member.http, id);
    editor.type("Bel het slachtoffer op jan.peeters@example.org.");
    await editor.settled();
    expect((await member.http.patch(`/api/documents/${id}`, { title: "Screening bij de grens: Jan Peeters" })).status).to.equal(200);
    await eventually(() => watcher.paragraphs().some((p) => p.includes("jan.peeters@example.org")), "editors see the draft live");
    expect((await member.http.get(`/api/documents/${id}/publication`)).body.changedSincePublication).to.equal(true);
    expect(reader.paragraphs().join(" "), "the observer's live copy keeps the published version").to.not.include("jan.peeters");
    const late = await open(observer, id);
    await eventually(() => late.paragraphs().includes("Gecontroleerde tekst over de screening."), "a late observer gets the published text");
    expect(late.paragraphs().join(" ")).to.not.include("jan.peeters");

    const shown = (await observer.get(`/api/documents/${id}`)).body;
    expect(shown.title).to.equal("Screening bij de grens");
    expect(shown.policies).to.deep.include({ read: true, readDraft: false, publish: false });
    const listed = (await observer.get("/api/documents?q=Peeters")).body.map((d: { id: string }) => d.id);
    expect(listed, "the draft's title is not searchable by observers").to.not.include(id);
    const observerExport = await exported(observer, id);
    expect(observerExport.status).to.equal(200);
    expect(observerExport.text).to.include("Gecontroleerde tekst").and.not.include("jan.peeters");
    expect(observerExport.text).to.not.include("Jan Peeters");
    for (const path of ["findings", "versions", "publication"]) expectProblem(await observer.get(`/api/documents/${id}/${path}`), 403, "forbidden");
    expect((await exported(observer, id, "&confirm=findings")).text, "confirming gives an observer nothing more").to.not.include("jan.peeters");

    // Republishing goes through the guard: refused with the findings, then acknowledged and published.
    const refused = await member.http.post(`/api/documents/${id}/publish`);
    expectProblem(refused, 409, "personal_data_unacknowledged");
    expect(refused.body.findings.map((f: { kind: string }) => f.kind)).to.include("email");
    expect(refused.body.findings.every((f: { masked: string; reason: string }) => f.masked && f.reason)).to.equal(true);
    const findings = (await member.http.get(`/api/documents/${id}/findings`)).body;
    for (const finding of findings) expect((await member.http.post(`/api/documents/${id}/findings/acknowledge`, { key: finding.key })).status).to.equal(200);
    const republished = await member.http.post(`/api/documents/${id}/publish`);
    expect(republished.status).to.equal(200);
    expect(republished.body.publication.by).to.equal(member.built.user.name);
    await eventually(() => reader.paragraphs().some((p) => p.includes("jan.peeters@example.org")), "the observer's live copy moves to the republished version");
    expect((await observer.get(`/api/documents/${id}`)).body.title).to.equal("Screening bij de grens: Jan Peeters");
    expect((await exported(observer, id)).text).to.include("jan.peeters@example.org");
    expect((await member.http.get(`/api/documents/${id}/publication`)).body.changedSincePublication).to.equal(false);
    const audited = await AuditEntry.find({ action: "document.published", targetId: id }).lean();
    expect(audited.map((e) => JSON.parse(String(e.details)).republished)).to.deep.equal([false, true]);
  });

  it("an export by a member with unacknowledged findings lists them first and needs confirm=findings; audited", async () => {
    const { member, id, editor } = await publishedDocument();
    editor.type("Het slachtoffer Ioana Popescu woont op Kerkstraat 12, 2000 Antwerpen.");
    await editor.settled();
    const refused = await member.http.get(`/api/documents/${id}/export?format=md`);
    expectProblem(refused, 409, "personal_data_unacknowledged");
    expect(refused.body.findings.map((f: { kind: string; masked: string }) => [f.kind, f.masked])).to.deep.equal([
      ["person_name", "I. P******"],
      ["postal_address", "Kerkstraat **, **** Antwerpen"],
    ]);
    expect(await AuditEntry.exists({ action: "document.exported", targetId: id })).to.equal(null);
    const confirmed = await exported(member.http, id, "&confirm=findings");
    expect(confirmed.status).to.equal(200);
    expect(confirmed.text).to.include("Ioana Popescu");
    const entry = await AuditEntry.findOne({ action: "document.exported", targetId: id }).lean();
    expect(JSON.parse(String(entry!.details))).to.deep.include({ version: "draft", confirmedFindings: 2 });
    expect((await member.http.get(`/api/documents/${id}/export?format=md&confirm=yes`)).status, "only confirm=findings").to.equal(422);
  });

  it("rejects a user without permission: only the creator or the secretariat publish, observers never; nothing changes", async () => {
    const { id, editor } = await publishedDocument();
    const before = (await DocumentModel.findById(id).lean())!.published!.hash;
    editor.type("Nog een alinea.");
    await editor.settled();
    const { http: colleague } = await signedInAs(server);
    const { http: observer } = await signedInAs(server, "observer");
    expectProblem(await colleague.post(`/api/documents/${id}/publish`), 403, "forbidden");
    expectProblem(await observer.post(`/api/documents/${id}/publish`), 403, "forbidden");
    expect((await colleague.post("/api/documents/not-an-id/publish")).status).to.equal(422);
    expect((await colleague.post(`/api/documents/${"0".repeat(24)}/publish`)).status).to.equal(404);
    expect((await DocumentModel.findById(id).lean())!.published!.hash).to.equal(before);
    const { http: secretariat } = await signedInAs(server, "secretariat");
    expect((await secretariat.post(`/api/documents/${id}/publish`)).status).to.equal(200);
    expect((await DocumentModel.findById(id).lean())!.published!.hash).to.not.equal(before);
  });

  it("an observer named on a document never published reads nothing of it", async () => {
    const member = await signedInAs(server);
    const observer = await signedInAs(server, "observer");
    const id = await createDocument(member.http, { classification: "restricted", memberIds: [observer.built.user.id] });
    expect((await observer.http.get(`/api/documents/${id}`)).status).to.equal(404);
    expect((await observer.http.get(`/api/documents/${id}/export?format=md`)).status).to.equal(404);
    expect((await observer.http.get("/api/documents")).body.map((d: { id: string }) => d.id)).to.not.include(id);
    expect((await member.http.get(`/api/documents/${id}`)).body.publication).to.equal(null);
  });
});
