import { expect } from "chai";
import { documentPlainText, ydocFromState } from "../../../../server/documents/documentText";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { DocumentModel } from "../../../../server/models/Document";
import { createDocument, signedInAs } from "../../../support/documentFactories";
import { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";
import { eventually, YClient } from "../../../support/yClient";

describe("routes: /api/documents", () => {
  let server: TestServer;
  const clients: YClient[] = [];
  before(async () => (server = await startTestServer()));
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  after(() => server.stop());

  it("requires authentication", async () => {
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expect((await anonymous.get("/api/documents")).status).to.equal(401);
    expect((await anonymous.post("/api/documents", { title: "x", language: "en" })).status).to.equal(401);
  });

  it("rejects a user without permission: observers cannot create or edit", async () => {
    const { http: observer } = await signedInAs(server, "observer");
    const response = await observer.post("/api/documents", { title: "Observer notes", language: "en" });
    expect(response.status).to.equal(403);
    const { http: member } = await signedInAs(server);
    const id = await createDocument(member, { classification: "public" });
    expect((await observer.get(`/api/documents/${id}`)).body.policies).to.deep.include({ read: true, update: false });
    expect((await observer.patch(`/api/documents/${id}`, { title: "Changed" })).status).to.equal(403);
    expect((await DocumentModel.findById(id).lean())!.title).to.not.equal("Changed");
  });

  it("creates, lists with filters and searches title and text", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http, { title: "Screening in de land- en tuinbouw", tags: ["labour", "identification"], countries: ["NL", "BE"] });
    const editor = await YClient.open(http, server.url, id);
    clients.push(editor);
    editor.type("Gezamenlijke inspecties met de arbeidsinspectie in de kassen");
    await editor.settled();
    await server.collaboration.closeAll(); // stores the search text now instead of after the debounce
    expect((await http.get("/api/documents?tag=labour")).body.map((d: { id: string }) => d.id)).to.include(id);
    expect((await http.get("/api/documents?tag=sexual")).body.map((d: { id: string }) => d.id)).to.not.include(id);
    expect((await http.get("/api/documents?q=tuinbouw")).body.map((d: { id: string }) => d.id)).to.include(id);
    expect((await http.get("/api/documents?q=KASSEN")).body.map((d: { id: string }) => d.id)).to.include(id);
    expect((await http.get("/api/documents?q=.*")).body.map((d: { id: string }) => d.id), "regex characters are literal").to.not.include(id);
  });

  it("rejects bad input with 422 and creates nothing", async () => {
    const { http } = await signedInAs(server);
    const before = await DocumentModel.countDocuments();
    for (const body of [
      {},
      { title: "", language: "nl" },
      { title: "x".repeat(201), language: "nl" },
      { title: "ok", language: "de" },
      { title: "ok", language: "nl", tags: ["war"] },
      { title: "ok", language: "nl", classification: "secret" },
      { title: { $gt: "" }, language: "nl" },
      { title: "ok", language: "nl", memberIds: ["not-an-id"] },
    ]) {
      expect((await http.post("/api/documents", body)).status, JSON.stringify(body)).to.equal(422);
    }
    expect((await http.get("/api/documents?classification[$ne]=x")).status).to.equal(200);
    expect((await http.get("/api/documents?tag=nonsense")).status).to.equal(422);
    expect(await DocumentModel.countDocuments()).to.equal(before);
  });

  it("lets only the creator or the secretariat change classification and members", async () => {
    const { http: creator } = await signedInAs(server);
    const id = await createDocument(creator);
    const { http: colleague } = await signedInAs(server);
    expect((await colleague.patch(`/api/documents/${id}`, { title: "Beter" })).status).to.equal(200);
    expect((await colleague.patch(`/api/documents/${id}`, { classification: "restricted" })).status).to.equal(403);
    expect((await creator.patch(`/api/documents/${id}`, { classification: "restricted" })).status).to.equal(200);
    expect((await colleague.get(`/api/documents/${id}`)).status, "now invisible to the colleague").to.equal(404);
    expect(await AuditEntry.exists({ action: "document.classification_changed", targetId: id })).to.not.equal(null);
  });

  it("closes a live editor's connection when they lose access", async () => {
    const { http: creator } = await signedInAs(server);
    const id = await createDocument(creator);
    const { http: colleague } = await signedInAs(server);
    const editor = await YClient.open(colleague, server.url, id);
    clients.push(editor);
    await creator.patch(`/api/documents/${id}`, { classification: "restricted" });
    await eventually(() => editor.closedWith === "access_lost", "closed with access_lost");
  });

  it("tells a live editor when they may no longer edit (archived), and then refuses their updates", async () => {
    const { http: creator } = await signedInAs(server);
    const id = await createDocument(creator);
    const editor = await YClient.open(creator, server.url, id);
    clients.push(editor);
    expect(editor.readOnly).to.equal(false);
    expect((await creator.patch(`/api/documents/${id}`, { status: "archived" })).status).to.equal(200);
    await eventually(() => editor.readOnly, "told it is read-only now");
    editor.type("after archiving");
    const acks = await editor.settled();
    expect(acks[acks.length - 1]).to.deep.equal({ ok: false, code: "read_only" });
  });

  describe("personal data and publishing", () => {
    it("refuses to publish while findings are unacknowledged, and audits each acknowledgement", async () => {
      const { http, built } = await signedInAs(server);
      const id = await createDocument(http);
      const editor = await YClient.open(http, server.url, id);
      clients.push(editor);
      editor.type("Contact via j.peeters@politie.example of BE68 5390 0754 7034. Het jaar 2016 en artikel 433quinquies zijn geen persoonsgegevens.");
      await editor.settled();
      const findings = (await http.get(`/api/documents/${id}/findings`)).body;
      expect(findings.map((f: { kind: string }) => f.kind).sort()).to.deep.equal(["email", "iban"]);
      const refused = await http.patch(`/api/documents/${id}`, { status: "published" });
      expect(refused.status).to.equal(409);
      expect(refused.body.code).to.equal("personal_data_unacknowledged");
      expect(refused.body.findings).to.have.length(2);
      const toPublic = await http.patch(`/api/documents/${id}`, { classification: "public" });
      expect(toPublic.status, "making it public is publishing too").to.equal(409);
      for (const finding of findings) {
        const after = await http.post(`/api/documents/${id}/findings/acknowledge`, { key: finding.key });
        expect(after.status).to.equal(200);
      }
      expect((await http.post(`/api/documents/${id}/findings/acknowledge`, { key: "email:nobody@else.example" })).status).to.equal(404);
      expect(await AuditEntry.countDocuments({ action: "document.finding_acknowledged", actorId: built.user.id })).to.equal(2);
      const published = await http.patch(`/api/documents/${id}`, { status: "published" });
      expect(published.status).to.equal(200);
      expect(published.body.status).to.equal("published");
    });

    it("explains each finding with a reason and a masked value, and blocks publishing on a name", async () => {
      const { http } = await signedInAs(server);
      const id = await createDocument(http);
      const editor = await YClient.open(http, server.url, id);
      clients.push(editor);
      editor.type("Het slachtoffer, Ioana Popescu, woonde op Kerkstraat 12, 2000 Antwerpen.");
      await editor.settled();
      const findings = (await http.get(`/api/documents/${id}/findings`)).body;
      expect(findings.map((f: Record<string, unknown>) => [f.kind, f.key, f.reason, f.reasonContext, f.masked])).to.deep.equal([
        ["person_name", "person_name:ioana popescu", "name_after_role", "Het slachtoffer", "I. P******"],
        ["postal_address", "postal_address:kerkstraat 12, 2000 antwerpen", "address_postcode", null, "Kerkstraat **, **** Antwerpen"],
      ]);
      const refused = await http.patch(`/api/documents/${id}`, { status: "published" });
      expect(refused.status).to.equal(409);
      expect(refused.body.findings.map((f: { masked: string }) => f.masked)).to.deep.equal(["I. P******", "Kerkstraat **, **** Antwerpen"]);
    });
  });

  describe("history", () => {
    it("saves a named version, shows it, and restores it as a live change everyone sees", async () => {
      const { http } = await signedInAs(server);
      const id = await createDocument(http);
      const editor = await YClient.open(http, server.url, id);
      const watcher = await YClient.open(http, server.url, id);
      clients.push(editor, watcher);
      editor.type("eerste versie");
      await editor.settled();
      const named = await http.post(`/api/documents/${id}/versions`, { name: "Voor de vergadering" });
      expect(named.status).to.equal(201);
      editor.type("later toegevoegd");
      await editor.settled();
      await eventually(() => watcher.paragraphs().includes("later toegevoegd"), "watcher has the later line");

      const shown = await http.get(`/api/documents/${id}/versions/${named.body.id}`);
      expect(shown.status).to.equal(200);
      expect(documentPlainText(ydocFromState(Buffer.from(shown.body.update, "base64")))).to.include("eerste versie").and.not.include("later toegevoegd");

      expect((await http.post(`/api/documents/${id}/versions/${named.body.id}/restore`)).status).to.equal(204);
      await eventually(() => !watcher.paragraphs().includes("later toegevoegd") && watcher.paragraphs().includes("eerste versie"), "restore reached the watcher live");
      await eventually(() => !editor.paragraphs().includes("later toegevoegd"), "and the editor");
      const versions = (await http.get(`/api/documents/${id}/versions`)).body;
      expect(versions.map((v: { kind: string }) => v.kind)).to.include.members(["named", "restore"]);
      expect(versions[0].authors[0].name).to.be.a("string").and.not.equal("");
    });
  });

  describe("export", () => {
    for (const [format, type] of [["md", "text/markdown"], ["html", "text/html"], ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"], ["pdf", "application/pdf"]] as const) {
      it(`exports ${format} as an attachment, audited`, async () => {
        const { http, built } = await signedInAs(server);
        const id = await createDocument(http, { template: "good_practice", classification: "internal" });
        const response = await server.fetch(`/api/documents/${id}/export?format=${format}`, { headers: { Cookie: http.cookieHeader() } });
        expect(response.status).to.equal(200);
        expect(response.headers.get("content-type")).to.include(type);
        expect(response.headers.get("content-disposition")).to.match(/^attachment;/);
        expect((await response.arrayBuffer()).byteLength).to.be.greaterThan(100);
        expect(await AuditEntry.exists({ action: "document.exported", actorId: built.user.id })).to.not.equal(null);
      });
    }

    it("refuses an unknown format", async () => {
      const { http } = await signedInAs(server);
      const id = await createDocument(http);
      expect((await http.get(`/api/documents/${id}/export?format=exe`)).status).to.equal(422);
    });
  });
});
