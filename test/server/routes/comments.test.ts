import { expect } from "chai";
import * as Y from "yjs";
import { ActionItem } from "../../../server/models/ActionItem";
import { AgendaProposal } from "../../../server/models/AgendaProposal";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { Comment } from "../../../server/models/Comment";
import { CommentThread } from "../../../server/models/CommentThread";
import { Notification } from "../../../server/models/Notification";
import { createDocument, signedInAs } from "../../support/documentFactories";
import { buildUser } from "../../support/factories";
import { buildMeeting } from "../../support/meetingFactories";
import { connectSocket, socketReady, type TestSocket } from "../../support/socketClient";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { eventually, YClient } from "../../support/yClient";

/** A real anchor: relative positions in a Y document's body. */
function anchor(quote = "gezamenlijke controle") {
  const fragment = new Y.Doc().getXmlFragment("default");
  const encode = (index: number) => Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(fragment, index))).toString("base64");
  return { from: encode(0), to: encode(0), block: encode(0), quote };
}

describe("routes: /api/comments", () => {
  let server: TestServer;
  const sockets: Array<TestSocket | YClient> = [];
  before(async () => (server = await startTestServer()));
  afterEach(() => sockets.splice(0).forEach((s) => (s instanceof YClient ? s.close() : s.disconnect())));
  after(() => server.stop());

  const start = (http: TestClient, documentId: string, body: Record<string, unknown> = {}) =>
    http.post("/api/comments/threads", { target: { kind: "document", id: documentId }, anchor: anchor(), text: "Kunnen we hier de termijn noemen?", ...body });

  it("requires authentication", async () => {
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expect((await anonymous.get("/api/comments?kind=document&id=0123456789abcdef01234567")).status).to.equal(401);
    expect((await anonymous.post("/api/comments/threads", { target: { kind: "document", id: "0123456789abcdef01234567" }, text: "x" })).status).to.equal(401);
  });

  it("rejects a user without permission: observers comment only with reviewer access, restricted documents stay invisible", async () => {
    const { http: member } = await signedInAs(server);
    const publicDoc = await createDocument(member, { classification: "public" });
    const { http: observer, built: observerUser } = await signedInAs(server, "observer");
    expect((await observer.get(`/api/comments?kind=document&id=${publicDoc}`)).body.policies).to.deep.equal({ comment: false });
    expect((await start(observer, publicDoc)).status).to.equal(403);

    const { http: secretariat } = await signedInAs(server, "secretariat");
    expect((await member.request("PUT", `/api/documents/${publicDoc}/reviewers`, { userIds: [observerUser.user.id] })).status, "only the secretariat grants it").to.equal(403);
    expect((await secretariat.request("PUT", `/api/documents/${publicDoc}/reviewers`, { userIds: [observerUser.user.id] })).status).to.equal(200);
    expect(await AuditEntry.exists({ action: "document.reviewers_changed", targetId: publicDoc })).to.not.equal(null);
    expect((await start(observer, publicDoc)).status, "a reviewer may comment").to.equal(201);

    const restricted = await createDocument(member, { classification: "restricted" });
    const { http: outsider } = await signedInAs(server);
    expect((await outsider.get(`/api/comments?kind=document&id=${restricted}`)).status).to.equal(404);
    expect((await start(outsider, restricted)).status).to.equal(404);
    expect(await CommentThread.countDocuments({ targetId: restricted })).to.equal(0);
  });

  it("rejects bad input with 422 and stores nothing", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const before = await Comment.countDocuments();
    for (const body of [
      { text: "" },
      { text: "   " },
      { text: "x".repeat(4001) },
      { text: { $gt: "" } },
      { target: { kind: "folder", id } },
      { target: { kind: "document", id: { $ne: null } } },
      { anchor: { ...anchor(), from: "not base64!" } },
      { anchor: { ...anchor(), block: "/w==" } },
      { anchor: { ...anchor(), quote: "q".repeat(501) } },
      { mentionIds: ["nope"] },
      { mentionIds: Array.from({ length: 21 }, () => "0123456789abcdef01234567") },
      { extra: true },
    ]) {
      expect((await start(http, id, body)).status, JSON.stringify(body).slice(0, 80)).to.equal(422);
    }
    expect((await http.get(`/api/comments?kind=document&id[$ne]=x`)).status).to.equal(422);
    expect((await http.post("/api/comments/threads/not-an-id/replies", { text: "x" })).status).to.equal(422);
    expect(await Comment.countDocuments()).to.equal(before);
  });

  it("starts a thread, replies, edits and deletes own comments (audited), and notifies the thread's people", async () => {
    const { http: anna, built: annaUser } = await signedInAs(server);
    const { http: bart, built: bartUser } = await signedInAs(server);
    const id = await createDocument(anna);
    const started = await start(anna, id);
    expect(started.status).to.equal(201);
    const threadId = started.body.thread.id;
    expect(started.body.thread.anchor.quote).to.equal("gezamenlijke controle");
    expect(started.body.thread.comments[0]).to.include({ text: "Kunnen we hier de termijn noemen?", deleted: false });

    const reply = await bart.post(`/api/comments/threads/${threadId}/replies`, { text: "Ja, drie maanden." });
    expect(reply.status).to.equal(201);
    const bartsComment = reply.body.thread.comments[1];
    expect(bartsComment.policies).to.deep.equal({ edit: true, delete: true });
    await eventually(async () => (await Notification.countDocuments({ recipientId: annaUser.user.id, type: "comment_reply" })) === 1, "anna told of the reply");

    expect((await anna.patch(`/api/comments/${bartsComment.id}`, { text: "Niet van jou" })).status, "not one's own").to.equal(403);
    expect((await anna.delete(`/api/comments/${bartsComment.id}`)).status).to.equal(403);
    const edited = await bart.patch(`/api/comments/${bartsComment.id}`, { text: "Ja, negentig dagen." });
    expect(edited.status).to.equal(200);
    expect(edited.body.thread.comments[1].text).to.equal("Ja, negentig dagen.");
    expect(edited.body.thread.comments[1].editedAt).to.be.a("string");

    const deleted = await bart.delete(`/api/comments/${bartsComment.id}`);
    expect(deleted.status).to.equal(200);
    expect(deleted.body.comments[1]).to.include({ deleted: true, text: null });
    expect((await Comment.findById(bartsComment.id).lean())!.text, "the words are gone").to.equal("");
    const entry = await AuditEntry.findOne({ action: "comment.deleted", targetId: id }).lean();
    expect(entry).to.not.equal(null);
    expect(JSON.stringify(entry)).to.not.include("negentig");
    expect(bartUser.user.id).to.be.a("string");
  });

  it("lets the thread's creator resolve without edit rights, editors too, and not other readers", async () => {
    const { http: member } = await signedInAs(server);
    const id = await createDocument(member, { classification: "public" });
    const { http: secretariat } = await signedInAs(server, "secretariat");
    const { http: observer, built: observerUser } = await signedInAs(server, "observer");
    await secretariat.request("PUT", `/api/documents/${id}/reviewers`, { userIds: [observerUser.user.id] });
    const threadId = (await start(observer, id)).body.thread.id;
    const { http: otherObserver } = await signedInAs(server, "observer");
    expect((await otherObserver.post(`/api/comments/threads/${threadId}/resolve`)).status).to.equal(403);
    const resolved = await observer.post(`/api/comments/threads/${threadId}/resolve`);
    expect(resolved.status, "the creator, an observer").to.equal(200);
    expect(resolved.body.resolved.by.id).to.equal(observerUser.user.id);
    expect((await member.post(`/api/comments/threads/${threadId}/reopen`)).body.resolved, "an editor reopens").to.equal(null);
    const byEditor = await member.post(`/api/comments/threads/${threadId}/resolve`);
    expect(byEditor.body.resolved).to.not.equal(null);
    await eventually(async () => (await Notification.countDocuments({ recipientId: observerUser.user.id, type: "comment_resolved" })) >= 1, "the creator told");
  });

  it("refuses likely personal data unless the author confirms", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const refused = await start(http, id, { text: "Bel haar: j.peeters@politie.example" });
    expect(refused.status).to.equal(409);
    expect(refused.body.code).to.equal("personal_data_in_comment");
    expect(refused.body.findings[0].kind).to.equal("email");
    expect(await CommentThread.countDocuments({ targetId: id })).to.equal(0);
    expect((await start(http, id, { text: "Bel haar: j.peeters@politie.example", confirmPersonalData: true })).status).to.equal(201);
  });

  it("notifies mentioned people who may read the document, and names back those who may not", async () => {
    const { http: author } = await signedInAs(server);
    const { built: reader } = await signedInAs(server);
    const { built: observer } = await signedInAs(server, "observer");
    const id = await createDocument(author); // internal: observers cannot read it
    const response = await start(author, id, { text: "@lezer en @gast, kijken jullie mee?", mentionIds: [reader.user.id, observer.user.id] });
    expect(response.status).to.equal(201);
    expect(response.body.unreachableMentions.map((p: { id: string }) => p.id)).to.deep.equal([observer.user.id]);
    expect(response.body.thread.comments[0].mentions.map((p: { id: string }) => p.id)).to.deep.equal([reader.user.id]);
    await eventually(async () => (await Notification.countDocuments({ recipientId: reader.user.id, type: "mention" })) === 1, "the reader told");
    expect(await Notification.countDocuments({ recipientId: observer.user.id })).to.equal(0);
  });

  it("does not take a mentioned colleague's name for personal data", async () => {
    const { http: author } = await signedInAs(server);
    const colleague = await buildUser({ role: "member", name: "Annelies Verstraeten" });
    const id = await createDocument(author);
    const body = { text: "@Annelies Verstraeten, kun jij dit nakijken?" };
    expect((await start(author, id, { ...body, mentionIds: [colleague.user.id] })).status).to.equal(201);
  });

  it("lists who can be mentioned: people who may read the target, to those who may comment", async () => {
    const { http: author, built: authorUser } = await signedInAs(server);
    const { built: reader } = await signedInAs(server);
    const { http: observer, built: observerUser } = await signedInAs(server, "observer");
    const id = await createDocument(author, { classification: "restricted", memberIds: [reader.user.id] });
    const listed = await author.get(`/api/comments/mentionable?kind=document&id=${id}`);
    expect(listed.status).to.equal(200);
    const ids = listed.body.map((p: { id: string }) => p.id);
    expect(ids).to.include(reader.user.id);
    expect(ids).to.not.include(observerUser.user.id);
    expect(ids, "not oneself").to.not.include(authorUser.user.id);
    expect((await observer.get(`/api/comments/mentionable?kind=document&id=${id}`)).status).to.equal(404);
    expect((await author.get(`/api/comments/mentionable?kind=document`)).status).to.equal(422);
  });

  it("tells everyone in the document live, and nobody outside it", async () => {
    const { http: anna } = await signedInAs(server);
    const id = await createDocument(anna);
    const joined = await YClient.open(anna, server.url, id);
    sockets.push(joined);
    const outside = connectSocket(anna, server.url);
    sockets.push(outside);
    await socketReady(outside);
    const heard: string[] = [];
    const outsideHeard: string[] = [];
    joined.socket.on("comment.changed", ({ threadId }) => heard.push(threadId));
    outside.on("comment.changed", ({ threadId }) => outsideHeard.push(threadId));
    const threadId = (await start(anna, id)).body.thread.id;
    await eventually(() => heard.includes(threadId), "the room heard");
    expect(outsideHeard).to.deep.equal([]);
  });

  describe("on meeting things", () => {
    it("comments on an agenda item for participants, not observers or outsiders", async () => {
      const { http: member, built: memberUser } = await signedInAs(server);
      const { http: observer, built: observerUser } = await signedInAs(server, "observer");
      const { http: outsider } = await signedInAs(server);
      const meeting = await buildMeeting({ participants: [memberUser, observerUser] });
      const item = meeting.agenda![0]!;
      const target = { kind: "agendaItem", id: item.id, meetingId: String(meeting._id) };
      expect((await member.post("/api/comments/threads", { target, text: "Graag cijfers per land." })).status).to.equal(201);
      expect((await observer.post("/api/comments/threads", { target, text: "Mag ik?" })).status).to.equal(403);
      expect((await outsider.post("/api/comments/threads", { target, text: "En ik?" })).status).to.equal(404);
      expect((await member.post("/api/comments/threads", { target, anchor: anchor(), text: "anker" })).status, "no anchors outside documents").to.equal(422);
      const list = await observer.get(`/api/comments?kind=agendaItem&id=${item.id}&meetingId=${meeting._id}`);
      expect(list.status).to.equal(200);
      expect(list.body.threads).to.have.length(1);
      expect((await member.get(`/api/comments?kind=agendaItem&id=nope&meetingId=${meeting._id}`)).status).to.equal(404);
    });

    it("comments on a proposal for participants, and on an action item by its owner outside the meeting", async () => {
      const { http: member, built: memberUser } = await signedInAs(server);
      const { http: owner, built: ownerUser } = await signedInAs(server);
      const { http: outsider } = await signedInAs(server);
      const meeting = await buildMeeting({ participants: [memberUser] });
      const meetingId = String(meeting._id);
      const proposal = await AgendaProposal.create({ meetingId, title: "Opvang van minderjarigen", type: "discussion", plannedMinutes: 15, proposedBy: memberUser.user.id });
      expect((await member.post("/api/comments/threads", { target: { kind: "proposal", id: String(proposal._id) }, text: "Graag ook Luxemburg." })).status).to.equal(201);
      expect((await outsider.post("/api/comments/threads", { target: { kind: "proposal", id: String(proposal._id) }, text: "x" })).status).to.equal(404);
      const item = await ActionItem.create({ meetingId, itemId: meeting.agenda![0]!.id, description: "Contactpunten bijwerken", ownerId: ownerUser.user.id, dueDate: "2026-04-01", createdBy: memberUser.user.id });
      const progress = await owner.post("/api/comments/threads", { target: { kind: "actionItem", id: String(item._id) }, text: "Half klaar." });
      expect(progress.status, "the owner reports progress").to.equal(201);
      expect(progress.body.thread.target).to.deep.equal({ kind: "actionItem", id: String(item._id), meetingId });
      expect((await outsider.get(`/api/comments?kind=actionItem&id=${item._id}`)).status).to.equal(404);
      expect((await member.get(`/api/comments?kind=actionItem&id=${item._id}`)).body.threads).to.have.length(1);
    });
  });
});
