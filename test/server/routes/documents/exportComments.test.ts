import { expect } from "chai";
import * as Y from "yjs";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { createDocument, signedInAs } from "../../../support/documentFactories";
import { pdfPages } from "../../../support/pdfText";
import type { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";
import { YClient } from "../../../support/yClient";

/** An anchor as the editor makes one (the server only checks that each position decodes). */
function anchor(quote: string) {
  const doc = new Y.Doc();
  const position = Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(doc.getXmlFragment("default"), 0))).toString("base64");
  return { from: position, to: position, block: position, quote };
}

describe("document exports: comments as an optional appendix", () => {
  let server: TestServer;
  const clients: YClient[] = [];
  before(async () => (server = await startTestServer()));
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  after(() => server.stop());

  const exported = async (http: TestClient, id: string, query: string) => {
    const response = await server.fetch(`/api/documents/${id}/export?${query}`, { headers: { Cookie: http.cookieHeader() } });
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
  };

  /** A public, published document with a thread on its text (replied, resolved), a comment with confirmed personal data and a deleted one. */
  async function documentWithComments() {
    const member = await signedInAs(server);
    const colleague = await signedInAs(server);
    const id = await createDocument(member.http, { title: "Screening bij de grens" });
    const editor = await YClient.open(member.http, server.url, id);
    clients.push(editor);
    editor.type("Gezamenlijke controle in de haven.");
    await editor.settled();
    expect((await member.http.patch(`/api/documents/${id}`, { classification: "public" })).status).to.equal(200);
    const target = { kind: "document", id };
    const thread = await member.http.post("/api/comments/threads", { target, anchor: anchor("Gezamenlijke controle"), text: "Wie coördineert de controle?", mentionIds: [] });
    expect(thread.status).to.equal(201);
    expect((await colleague.http.post(`/api/comments/threads/${thread.body.thread.id}/replies`, { text: "De arbeidsinspectie.", mentionIds: [] })).status).to.equal(201);
    expect((await member.http.post(`/api/comments/threads/${thread.body.thread.id}/resolve`)).status).to.equal(200);
    const private_ = await member.http.post("/api/comments/threads", { target, text: "Bel mij op +32 470 12 34 56.", mentionIds: [], confirmPersonalData: true });
    expect(private_.status).to.equal(201);
    const gone = await member.http.post("/api/comments/threads", { target, text: "Een vergissing.", mentionIds: [] });
    expect((await member.http.delete(`/api/comments/${gone.body.thread.comments[0].id}`)).status).to.equal(200);
    return { member, colleague, id };
  }

  it("rejects a wrong value (422) and keeps a reader without access out (404)", async () => {
    const { member, id } = await documentWithComments();
    expect((await exported(member.http, id, "format=md&comments=yes")).status).to.equal(422);
    expect((await exported(member.http, id, "format=md&comments=include&comments=include")).status).to.equal(422);
    const restricted = await createDocument(member.http, { classification: "restricted" });
    const outsider = await signedInAs(server);
    expect((await exported(outsider.http, restricted, "format=md&comments=include")).status).to.equal(404);
  });

  it("adds the threads after the body only when asked, in the document's language; personal data and deleted words stay out; audited", async () => {
    const { member, id } = await documentWithComments();
    const plain = (await exported(member.http, id, "format=md")).body.toString();
    expect(plain).not.to.include("Bijlage: opmerkingen");
    const { status, body } = await exported(member.http, id, "format=md&comments=include");
    expect(status).to.equal(200);
    const text = body.toString();
    expect(text.indexOf("Gezamenlijke controle in de haven.")).to.be.lessThan(text.indexOf("Bijlage: opmerkingen"));
    expect(text).to.include("Bij “Gezamenlijke controle”");
    expect(text).to.include("Wie coördineert de controle?");
    expect(text).to.include("De arbeidsinspectie.");
    expect(text).to.include("Afgehandeld door");
    expect(text).to.include("Niet opgenomen: deze opmerking lijkt persoonsgegevens te bevatten.");
    expect(text).not.to.include("470");
    expect(text).to.include("Deze opmerking werd verwijderd.");
    expect(text).not.to.include("Een vergissing.");
    const entry = await AuditEntry.findOne({ action: "document.exported", "target.id": id }).sort({ _id: -1 }).lean();
    const details = typeof entry?.details === "string" ? JSON.parse(entry.details) : entry?.details;
    expect(details.commentThreads).to.equal(3);
    const pdf = await exported(member.http, id, "format=pdf&comments=include");
    expect(pdf.status).to.equal(200);
    expect(pdfPages(pdf.body).flat().join(" ")).to.include("Bijlage: opmerkingen");
    expect((await exported(member.http, id, "format=docx&comments=include")).status).to.equal(200);
  });

  it("gives an observer the comments they may read, without the quoted draft text", async () => {
    const { id } = await documentWithComments();
    const observer = await signedInAs(server, "observer");
    const { status, body } = await exported(observer.http, id, "format=md&comments=include");
    expect(status).to.equal(200);
    const text = body.toString();
    expect(text).to.include("Wie coördineert de controle?");
    expect(text).not.to.include("Bij “Gezamenlijke controle”");
    expect(text).not.to.include("470");
  });
});
