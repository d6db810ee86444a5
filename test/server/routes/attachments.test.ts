import { expect } from "chai";
import { randomBytes } from "node:crypto";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { Attachment } from "../../../server/models/Attachment";
import { AttachmentChunk } from "../../../server/models/AttachmentChunk";
import { docxWith, downloadRaw, fakeExecutable, pdfWith, tinyPng, uploadRaw } from "../../support/attachmentFiles";
import { createDocument, signedInAs } from "../../support/documentFactories";
import { buildMeeting } from "../../support/meetingFactories";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

const query = (kind: string, id: string, name: string, extra = "") => `/api/attachments?targetKind=${kind}&targetId=${id}&name=${encodeURIComponent(name)}${extra}`;

describe("routes: /api/attachments", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ env: { ATTACHMENT_MAX_BYTES: String(2 * 1024 * 1024) } })));
  after(() => server.stop());

  it("requires authentication", async () => {
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    const id = "0123456789abcdef01234567";
    expect((await anonymous.get(`/api/attachments?targetKind=document&targetId=${id}`)).status).to.equal(401);
    expect((await uploadRaw(anonymous, query("document", id, "a.txt"), Buffer.from("hello"))).status).to.equal(401);
  });

  it("rejects a user without permission: observers cannot upload; restricted files stay hidden", async () => {
    const { http: member } = await signedInAs(server);
    const { http: observer } = await signedInAs(server, "observer");
    const { http: other } = await signedInAs(server);
    const docId = await createDocument(member, { classification: "public" });
    const before = await Attachment.countDocuments();
    const refused = await uploadRaw(observer, query("document", docId, "notes.txt"), Buffer.from("observer notes"));
    expect(refused.status).to.equal(403);
    expect(await Attachment.countDocuments()).to.equal(before);

    const restricted = await uploadRaw(member, query("document", docId, "case.txt", "&classification=restricted"), Buffer.from("a fictitious case"));
    expect(restricted.status).to.equal(201);
    const { id, versions } = restricted.body.attachment;
    const file = `/api/attachments/${id}/versions/${versions[0].id}/file`;
    expect((await downloadRaw(other, file)).status).to.equal(404);
    expect((await other.get(`/api/attachments?targetKind=document&targetId=${docId}`)).body).to.deep.equal([]);
    expect((await other.delete(`/api/attachments/${id}`)).status).to.equal(404);
    expect((await downloadRaw(member, file)).status).to.equal(200);
  });

  it("meeting files follow the meeting's policy: participants read, organisers upload, others see nothing", async () => {
    const { http: chair } = await signedInAs(server, "chair");
    const { http: participant, built } = await signedInAs(server);
    const { http: outsider } = await signedInAs(server);
    const meeting = await buildMeeting({ participants: [built] });
    const item = meeting.agenda[0]!.id;
    expect((await uploadRaw(participant, query("meeting", String(meeting._id), "x.txt"), Buffer.from("x"))).status).to.equal(403);
    const uploaded = await uploadRaw(chair, query("meeting", String(meeting._id), "Agenda notes.txt", `&itemId=${item}`), Buffer.from("Agenda notes"));
    expect(uploaded.status).to.equal(201);
    expect(uploaded.body.attachment.itemId).to.equal(item);
    const list = await participant.get(`/api/attachments?targetKind=meeting&targetId=${meeting._id}&itemId=${item}`);
    expect(list.body.map((a: { id: string }) => a.id)).to.deep.equal([uploaded.body.attachment.id]);
    expect(list.body[0].canManage).to.equal(false);
    expect((await outsider.get(`/api/attachments?targetKind=meeting&targetId=${meeting._id}`)).status).to.equal(404);
    expect((await uploadRaw(chair, query("meeting", String(meeting._id), "x.txt", "&itemId=nope"), Buffer.from("x"))).status).to.equal(404);
  });

  it("stores and serves a PDF byte for byte: attachment, nosniff, classification in the name, ranges, audited", async () => {
    const { http } = await signedInAs(server);
    const docId = await createDocument(http, { classification: "internal" });
    const pdf = await pdfWith("Programme of the Benelux training day");
    const uploaded = await uploadRaw(http, query("document", docId, "Programme 2016.pdf"), pdf);
    expect(uploaded.status).to.equal(201);
    expect(uploaded.body.personalDataWarning).to.equal(false);
    const { id, versions, classification } = uploaded.body.attachment;
    expect(classification).to.equal("internal");
    expect(versions[0]).to.include({ mediaType: "application/pdf", size: pdf.length, name: "Programme 2016.pdf" });
    const file = `/api/attachments/${id}/versions/${versions[0].id}/file`;
    const download = await downloadRaw(http, file);
    expect(download.status).to.equal(200);
    expect(download.body.equals(pdf)).to.equal(true);
    expect(download.headers.get("content-type")).to.equal("application/pdf");
    expect(download.headers.get("x-content-type-options")).to.equal("nosniff");
    expect(download.headers.get("content-disposition")).to.match(/^attachment; filename="Programme 2016 \(INTERNAL\)\.pdf"/);
    const range = await downloadRaw(http, file, { Range: "bytes=10-99" });
    expect(range.status).to.equal(206);
    expect(range.body.equals(pdf.subarray(10, 100))).to.equal(true);
    expect(range.headers.get("content-range")).to.equal(`bytes 10-99/${pdf.length}`);
    expect((await downloadRaw(http, file, { Range: `bytes=${pdf.length}-` })).status).to.equal(416);
    const actions = (await AuditEntry.find({ targetId: id }).lean()).map((e) => e.action);
    expect(actions).to.include.members(["attachment.uploaded", "attachment.downloaded"]);
  });

  it("accepts every listed type by content and reads a multi-chunk file back", async () => {
    const { http } = await signedInAs(server);
    const docId = await createDocument(http);
    const png = tinyPng();
    expect((await uploadRaw(http, query("document", docId, "chair.png"), png)).body.attachment.versions[0].mediaType).to.equal("image/png");
    const docx = await docxWith("Case exercise: situation and signals");
    expect((await uploadRaw(http, query("document", docId, "case.docx"), docx)).body.attachment.versions[0].mediaType).to.equal(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const text = Buffer.from("Zeer lange tekst ".repeat(70_000)); // about 1.2 MB: five chunks
    const uploaded = await uploadRaw(http, query("document", docId, "long.txt"), text);
    expect(uploaded.status).to.equal(201);
    const { id, versions } = uploaded.body.attachment;
    expect(await AttachmentChunk.countDocuments({ fileId: versions[0].id })).to.equal(5);
    const back = await downloadRaw(http, `/api/attachments/${id}/versions/${versions[0].id}/file`);
    expect(back.body.equals(text)).to.equal(true);
    expect(back.headers.get("content-type")).to.equal("text/plain; charset=utf-8");
  });

  it("refuses bad files: a renamed executable, binary noise, an empty body, a file over the limit; nothing is stored", async () => {
    const { http } = await signedInAs(server);
    const docId = await createDocument(http);
    const before = await Attachment.countDocuments();
    const chunksBefore = await AttachmentChunk.countDocuments();
    const exe = await uploadRaw(http, query("document", docId, "brochure.pdf"), fakeExecutable());
    expect(exe.status).to.equal(415);
    expect(exe.body.code).to.equal("unsupported_file_type");
    expect((await uploadRaw(http, query("document", docId, "notes.txt"), randomBytes(4096))).status).to.equal(415);
    expect((await uploadRaw(http, query("document", docId, "spoof.png"), fakeExecutable(), { "Content-Type": "image/png" })).status, "the sent type is ignored").to.equal(415);
    expect((await uploadRaw(http, query("document", docId, "empty.txt"), Buffer.alloc(0))).status).to.equal(422);
    const big = await uploadRaw(http, query("document", docId, "big.txt"), Buffer.alloc(2 * 1024 * 1024 + 1, 0x61));
    expect(big.status).to.equal(413);
    expect(big.body.code).to.equal("payload_too_large");
    expect(await Attachment.countDocuments()).to.equal(before);
    expect(await AttachmentChunk.countDocuments()).to.equal(chunksBefore);
  });

  it("rejects bad input with 422: unknown kind, bad ids, bad names, bad classification", async () => {
    const { http } = await signedInAs(server);
    const docId = await createDocument(http);
    for (const path of [
      `/api/attachments?targetKind=user&targetId=${docId}&name=a.txt`,
      `/api/attachments?targetKind=document&targetId=abc&name=a.txt`,
      `/api/attachments?targetKind=document&targetId=${docId}&name=`,
      `/api/attachments?targetKind=document&targetId=${docId}&name=${encodeURIComponent("../../etc/passwd")}`,
      `/api/attachments?targetKind=document&targetId=${docId}&name=${"x".repeat(201)}`,
      `/api/attachments?targetKind=document&targetId=${docId}&name=a.txt&classification=secret`,
    ]) {
      const response = await uploadRaw(http, path, Buffer.from("hello"));
      expect(response.status, path).to.equal(422);
    }
    expect((await http.patch(`/api/attachments/${docId}`, { classification: "secret" })).status).to.equal(422);
  });

  it("keeps a file with personal data restricted, and widening it needs a confirmation", async () => {
    const { http } = await signedInAs(server);
    const docId = await createDocument(http, { classification: "internal" });
    const pdf = await pdfWith("Slachtoffer Jan Janssens, rijksregisternummer 85.07.30-033.61, IBAN BE71 0961 2345 6769");
    const uploaded = await uploadRaw(http, query("document", docId, "case.pdf"), pdf);
    expect(uploaded.status).to.equal(201);
    expect(uploaded.body.personalDataWarning).to.equal(true);
    expect(uploaded.body.attachment.classification).to.equal("restricted");
    expect(uploaded.body.attachment.personalDataKinds).to.not.be.empty;
    const id = uploaded.body.attachment.id;
    const refused = await http.patch(`/api/attachments/${id}`, { classification: "internal" });
    expect(refused.status).to.equal(409);
    expect(refused.body.code).to.equal("personal_data_found");
    expect((await Attachment.findById(id).lean())!.classification).to.equal("restricted");
    const confirmed = await http.patch(`/api/attachments/${id}`, { classification: "internal", confirmPersonalData: true });
    expect(confirmed.status).to.equal(200);
    expect(confirmed.body.classification).to.equal("internal");
  });

  it("reads the text of a DOCX for the guard", async () => {
    const { http } = await signedInAs(server);
    const docId = await createDocument(http);
    const docx = await docxWith("Contact: jan.janssens@example.org, +32 470 12 34 56");
    const uploaded = await uploadRaw(http, query("document", docId, "contacts.docx"), docx);
    expect(uploaded.body.personalDataWarning).to.equal(true);
  });

  it("keeps old versions, serves each, and deletes all of them (audited)", async () => {
    const { http } = await signedInAs(server);
    const { http: other } = await signedInAs(server);
    const docId = await createDocument(http, { classification: "internal" });
    const first = await uploadRaw(http, query("document", docId, "brochure.txt"), Buffer.from("first"));
    const id = first.body.attachment.id;
    expect((await uploadRaw(other, `/api/attachments/${id}/versions?name=brochure.txt`, Buffer.from("other"))).status).to.equal(403);
    const second = await uploadRaw(http, `/api/attachments/${id}/versions?name=brochure-v2.txt`, Buffer.from("second"));
    expect(second.status).to.equal(201);
    const versions = second.body.attachment.versions;
    expect(versions.map((v: { name: string }) => v.name)).to.deep.equal(["brochure-v2.txt", "brochure.txt"]);
    expect((await downloadRaw(http, `/api/attachments/${id}/versions/${versions[1].id}/file`)).body.toString()).to.equal("first");
    expect((await downloadRaw(http, `/api/attachments/${id}/versions/${versions[0].id}/file`)).body.toString()).to.equal("second");
    expect((await other.delete(`/api/attachments/${id}`)).status).to.equal(403);
    expect((await http.delete(`/api/attachments/${id}`)).status).to.equal(204);
    expect((await downloadRaw(http, `/api/attachments/${id}/versions/${versions[0].id}/file`)).status).to.equal(404);
    expect(await AttachmentChunk.countDocuments({ fileId: { $in: versions.map((v: { id: string }) => v.id) } })).to.equal(0);
    expect((await http.get(`/api/attachments?targetKind=document&targetId=${docId}`)).body).to.deep.equal([]);
    expect(await AuditEntry.countDocuments({ targetId: id, action: "attachment.deleted" })).to.equal(1);
  });
});
