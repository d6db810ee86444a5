import { expect } from "chai";
import { randomBytes } from "node:crypto";
import type { PresentedAttachmentMatch } from "../../../shared/attachmentTypes";
import { docxWith, pdfWith, uploadRaw } from "../../support/attachmentFiles";
import { createDocument, signedInAs } from "../../support/documentFactories";
import { buildMeeting } from "../../support/meetingFactories";
import { expectProblem } from "../../support/problemAssertions";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

const upload = (kind: string, id: string, name: string, extra = "") => `/api/attachments?targetKind=${kind}&targetId=${id}&name=${encodeURIComponent(name)}${extra}`;
/** A word no other test's file holds, so each test sees only its own files. */
const uniqueWord = () => `zoekwoord${randomBytes(5).toString("hex")}`;

describe("routes: /api/attachments/search (extracted text)", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  const search = async (http: TestClient, q: string): Promise<PresentedAttachmentMatch[]> => {
    const response = await http.get(`/api/attachments/search?q=${encodeURIComponent(q)}`);
    expect(response.status, JSON.stringify(response.body)).to.equal(200);
    return response.body;
  };

  it("requires authentication", async () => {
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expectProblem(await anonymous.get("/api/attachments/search?q=shelter"), 401, "unauthorized");
  });

  it("rejects a user without permission: only files whose parent and classification the user may read", async () => {
    const word = uniqueWord();
    const { http: author } = await signedInAs(server);
    const { http: colleague } = await signedInAs(server);
    const { http: observer } = await signedInAs(server, "observer");
    const internalDoc = await createDocument(author, { classification: "internal" });
    const restrictedDoc = await createDocument(author, { classification: "restricted" });
    const open = await uploadRaw(author, upload("document", internalDoc, "open.txt", "&classification=internal"), Buffer.from(`Notes ${word} for everyone`));
    const restrictedFile = await uploadRaw(author, upload("document", internalDoc, "case.txt", "&classification=restricted"), Buffer.from(`A fictitious case ${word}`));
    const onRestrictedDoc = await uploadRaw(author, upload("document", restrictedDoc, "inner.txt", "&classification=internal"), Buffer.from(`Inner ${word}`));
    expect([open.status, restrictedFile.status, onRestrictedDoc.status]).to.deep.equal([201, 201, 201]);

    expect((await search(author, word)).map((m) => m.name).sort()).to.deep.equal(["case.txt", "inner.txt", "open.txt"]);
    // Another member: not the restricted file, nothing on a restricted document they are not named on.
    expect((await search(colleague, word)).map((m) => m.name)).to.deep.equal(["open.txt"]);
    // Observers read no internal document (nor its files).
    expect(await search(observer, word)).to.deep.equal([]);

    // Meeting files follow the meeting: its participants find them, an outsider does not.
    const { http: chair } = await signedInAs(server, "chair");
    const { http: participant, built } = await signedInAs(server);
    const meeting = await buildMeeting({ participants: [built] });
    expect((await uploadRaw(chair, upload("meeting", String(meeting._id), "minutes.txt"), Buffer.from(`Minutes ${word}`))).status).to.equal(201);
    expect((await search(participant, word)).map((m) => m.name)).to.include("minutes.txt");
    expect((await search(colleague, word)).map((m) => m.name)).to.deep.equal(["open.txt"]);
  });

  it("finds PDF, DOCX and TXT files by their text, ignoring case, with what they are attached to and the words around", async () => {
    const word = uniqueWord();
    const { http } = await signedInAs(server);
    const docId = await createDocument(http, { title: "Opvang in de Benelux" });
    const pdf = await uploadRaw(http, upload("document", docId, "Programme.pdf"), await pdfWith(`The training day on ${word} for shelter staff.`));
    const docx = await uploadRaw(http, upload("document", docId, "Case.docx"), await docxWith(`A fictitious case: ${word.toUpperCase()} at the border.`));
    const txt = await uploadRaw(http, upload("document", docId, "notes.txt"), Buffer.from("Nothing to find here."));
    expect([pdf.status, docx.status, txt.status]).to.deep.equal([201, 201, 201]);

    const found = await search(http, word);
    expect(found.map((m) => m.name).sort()).to.deep.equal(["Case.docx", "Programme.pdf"]);
    const fromPdf = found.find((m) => m.name === "Programme.pdf")!;
    expect(fromPdf).to.deep.include({ id: pdf.body.attachment.id, versionId: pdf.body.attachment.versions[0].id, mediaType: "application/pdf", classification: "internal" });
    expect(fromPdf.parent).to.deep.equal({ kind: "document", id: docId, itemId: null, label: "Opvang in de Benelux" });
    expect(fromPdf.excerpt).to.include(word).and.include("shelter staff");
    expect(found.find((m) => m.name === "Case.docx")!.excerpt).to.include(word.toUpperCase());
  });

  it("finds a file by its current version only, and not once it is deleted", async () => {
    const word = uniqueWord();
    const later = uniqueWord();
    const { http } = await signedInAs(server);
    const docId = await createDocument(http);
    const first = await uploadRaw(http, upload("document", docId, "draft.txt"), Buffer.from(`First draft ${word}`));
    const id = first.body.attachment.id as string;
    expect((await search(http, word)).map((m) => m.id)).to.deep.equal([id]);
    expect((await uploadRaw(http, `/api/attachments/${id}/versions?name=final.txt`, Buffer.from(`Final text ${later}`))).status).to.equal(201);
    expect(await search(http, word)).to.deep.equal([]);
    expect((await search(http, later)).map((m) => m.name)).to.deep.equal(["final.txt"]);
    expect((await http.delete(`/api/attachments/${id}`)).status).to.equal(204);
    expect(await search(http, later)).to.deep.equal([]);
  });

  it("refuses bad input with a clear error, and matches user text literally (no regex injection)", async () => {
    const { http } = await signedInAs(server);
    for (const path of ["/api/attachments/search", "/api/attachments/search?q=", "/api/attachments/search?q=a", "/api/attachments/search?q=%20%20%20", `/api/attachments/search?q=${"x".repeat(201)}`, "/api/attachments/search?q[$regex]=.*", "/api/attachments/search?q=ab&q=cd"]) {
      expectProblem(await http.get(path), 422, "validation_failed");
    }
    const word = uniqueWord();
    const docId = await createDocument(http);
    expect((await uploadRaw(http, upload("document", docId, "literal.txt"), Buffer.from(`Prices (${word}) rose by 5%.*`))).status).to.equal(201);
    expect(await search(http, `${word}.*zzz`)).to.deep.equal([]);
    expect((await search(http, `(${word})`)).map((m) => m.name)).to.deep.equal(["literal.txt"]);
    expect((await search(http, "5%.*")).map((m) => m.name)).to.include("literal.txt");
  });
});
