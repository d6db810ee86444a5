import { expect } from "chai";
import * as Y from "yjs";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { Comment } from "../../../../server/models/Comment";
import { CommentThread } from "../../../../server/models/CommentThread";
import { Meeting } from "../../../../server/models/Meeting";
import { MinutesAmendment } from "../../../../server/models/MinutesAmendment";
import { Notification } from "../../../../server/models/Notification";
import type { PresentedCommentList } from "../../../../shared/comments";
import type { Role } from "../../../../shared/domain";
import type { PresentedMinutesReview } from "../../../../shared/minutesReview";
import { buildUser } from "../../../support/factories";
import { buildMeeting } from "../../../support/meetingFactories";
import { expectProblem } from "../../../support/problemAssertions";
import { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";

/** A real anchor: relative positions in a Y document's body. */
function anchor(quote: string) {
  const fragment = new Y.Doc().getXmlFragment("default");
  const encode = (index: number) => Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(fragment, index))).toString("base64");
  return { from: encode(0), to: encode(0), block: encode(0), quote };
}

/**
 * Amendments during the review are comment threads on the minutes document: proposed from the review
 * page or in the document's comment panel, resolved (accepted or declined) by the secretariat, which
 * resolves the thread; sign-off waits for all of them.
 */
describe("routes: minutes amendments as comment threads on the minutes", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ notifications: { schedulerIntervalMs: 0 } })));
  after(() => server.stop());

  const signedIn = async (role: Role) => {
    const built = await buildUser({ role });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return { built, client };
  };
  const closedWithMinutes = async () => {
    const secretariat = await signedIn("secretariat");
    const chair = await signedIn("chair");
    const present = await signedIn("member");
    const excused = await signedIn("member");
    const meeting = await buildMeeting({ status: "closed", participants: [chair.built, present.built, excused.built] });
    const marks = [chair, present].map((p) => ({ userId: p.built.user.id, status: "present" })).concat([{ userId: excused.built.user.id, status: "excused" }]);
    await Meeting.updateOne({ _id: meeting._id }, { $set: { attendance: marks } });
    const id = String(meeting._id);
    const minutes = await chair.client.post(`/api/meetings/${id}/minutes`);
    return { id, documentId: minutes.body.document.id as string, secretariat, chair, present, excused };
  };
  type Minutes = Awaited<ReturnType<typeof closedWithMinutes>>;
  const review = (m: Minutes, client = m.secretariat.client) => client.get<PresentedMinutesReview>(`/api/meetings/${m.id}/minutes/review`);
  const threads = async (m: Minutes) => (await m.present.client.get<PresentedCommentList>(`/api/comments?kind=document&id=${m.documentId}`)).body.threads;
  const comment = (m: Minutes, client: TestClient, text: string) => client.post("/api/comments/threads", { target: { kind: "document", id: m.documentId }, text });

  it("a proposal from the review page is a thread on the minutes (anchored if asked), and the review lists its words", async () => {
    const m = await closedWithMinutes();
    expect((await m.chair.client.post(`/api/meetings/${m.id}/minutes/review`, {})).status).to.equal(201);
    const proposed = await m.present.client.post<PresentedMinutesReview>(`/api/meetings/${m.id}/minutes/amendments`, { text: "Item 2: the vote was 5 for, 1 abstaining", anchor: anchor("the vote") });
    expect(proposed.status, JSON.stringify(proposed.body)).to.equal(201);
    const [amendment] = proposed.body.amendments;
    expect(amendment).to.include({ status: "open", text: "Item 2: the vote was 5 for, 1 abstaining" });
    const [thread] = await threads(m);
    expect(amendment!.threadId).to.equal(thread!.id);
    expect(thread!.anchor!.quote).to.equal("the vote");
    expect(thread!.createdBy!.id).to.equal(m.present.built.user.id);
    expect(thread!.comments.map((c) => c.text)).to.deep.equal(["Item 2: the vote was 5 for, 1 abstaining"]);
    expect((await MinutesAmendment.findById(amendment!.id).lean())!.text, "the words live in the comment only").to.equal("");
    expect(await AuditEntry.countDocuments({ action: "minutes.amendment_proposed", targetId: m.id })).to.equal(1);

    // Edited or deleted as a comment, the amendment follows.
    const commentId = thread!.comments[0]!.id;
    expect((await m.present.client.patch(`/api/comments/${commentId}`, { text: "Item 2: 5 for, 1 abstaining, 0 against" })).status).to.equal(200);
    expect((await review(m)).body.amendments[0]!.text).to.equal("Item 2: 5 for, 1 abstaining, 0 against");
    expect((await m.present.client.delete(`/api/comments/${commentId}`)).status).to.be.oneOf([200, 204]);
    expect((await review(m)).body.amendments[0]!.text).to.equal("");
  });

  it("a thread an attendee starts in the minutes during the review is an amendment; sign-off waits until the secretariat resolves it, which resolves the thread and tells its author", async () => {
    const m = await closedWithMinutes();
    expect((await comment(m, m.present.client, "Before the review: just a remark")).status).to.equal(201);
    expect((await m.chair.client.post(`/api/meetings/${m.id}/minutes/review`, {})).status).to.equal(201);
    const started = await comment(m, m.present.client, "Add that Payoke presented the shelter figures.");
    expect(started.status, JSON.stringify(started.body)).to.equal(201);
    expect((await comment(m, m.excused.client, "I was not there, but…")).status, "the excused member may comment; it is not an amendment").to.equal(201);
    const reply = await m.chair.client.post(`/api/comments/threads/${started.body.thread.id}/replies`, { text: "Agreed." });
    expect(reply.status).to.equal(201);

    const listed = (await review(m)).body.amendments;
    expect(listed.map((a) => [a.threadId, a.text, a.author.id])).to.deep.equal([[started.body.thread.id, "Add that Payoke presented the shelter figures.", m.present.built.user.id]]);
    expectProblem(await m.secretariat.client.post(`/api/meetings/${m.id}/minutes/sign-off`), 409, "open_amendments");

    // Its author resolving the thread in the document does not settle the amendment: the secretariat does.
    expect((await m.present.client.post(`/api/comments/threads/${started.body.thread.id}/resolve`)).status).to.equal(200);
    expectProblem(await m.secretariat.client.post(`/api/meetings/${m.id}/minutes/sign-off`), 409, "open_amendments");
    expect((await m.present.client.post(`/api/comments/threads/${started.body.thread.id}/reopen`)).status).to.equal(200);

    const resolved = await m.secretariat.client.post<PresentedMinutesReview>(`/api/meetings/${m.id}/minutes/amendments/${listed[0]!.id}/resolution`, { outcome: "accepted", note: "Worked in" });
    expect(resolved.status, JSON.stringify(resolved.body)).to.equal(200);
    const thread = (await CommentThread.findById(started.body.thread.id).lean())!;
    expect(thread.resolvedBy).to.equal(m.secretariat.built.user.id);
    await server.notifications.idle();
    expect(await Notification.countDocuments({ type: "comment_resolved", recipientId: m.present.built.user.id })).to.equal(1);
    expect((await m.secretariat.client.post(`/api/meetings/${m.id}/minutes/sign-off`)).status).to.equal(200);
    expectProblem(await comment(m, m.present.client, "After sign-off"), 403, "forbidden"); // approved minutes are read-only, comments included
  });

  it("checks a proposal for personal data as any comment: refused and nothing stored unless the author confirms", async () => {
    const m = await closedWithMinutes();
    await m.chair.client.post(`/api/meetings/${m.id}/minutes/review`, {});
    const text = "Het slachtoffer Oksana Melnyk belde naar +32 470 12 34 56.";
    const refused = await m.present.client.post(`/api/meetings/${m.id}/minutes/amendments`, { text });
    expectProblem(refused, 409, "personal_data_in_comment");
    expect(await MinutesAmendment.countDocuments({ meetingId: m.id })).to.equal(0);
    expect(await CommentThread.countDocuments({ targetId: m.documentId })).to.equal(0);
    const kept = await m.present.client.post<PresentedMinutesReview>(`/api/meetings/${m.id}/minutes/amendments`, { text, confirmPersonalData: true });
    expect(kept.status).to.equal(201);
    expect(await Comment.countDocuments({ threadId: kept.body.amendments[0]!.threadId })).to.equal(1);
  });

  it("refuses bad input (anchor, confirmation) with a clear error and stores nothing; forbidden roles get 403", async () => {
    const m = await closedWithMinutes();
    await m.chair.client.post(`/api/meetings/${m.id}/minutes/review`, {});
    const url = `/api/meetings/${m.id}/minutes/amendments`;
    for (const body of [
      { text: "ok", anchor: { ...anchor("x"), from: "not base64!" } },
      { text: "ok", anchor: { ...anchor("x"), block: "/w==" } },
      { text: "ok", anchor: { ...anchor("q".repeat(501)) } },
      { text: "ok", anchor: "top" },
      { text: "ok", confirmPersonalData: "yes" },
      { text: "ok", threadId: "0123456789abcdef01234567" },
    ]) {
      expectProblem(await m.present.client.post(url, body), 422, "validation_failed");
    }
    expectProblem(await m.excused.client.post(url, { text: "Not mine to propose" }), 403, "forbidden");
    expect(await MinutesAmendment.countDocuments({ meetingId: m.id })).to.equal(0);
    expect(await CommentThread.countDocuments({ targetId: m.documentId })).to.equal(0);
  });

  it("keeps amendments proposed before they were threads: their own words, resolved as before", async () => {
    const m = await closedWithMinutes();
    await m.chair.client.post(`/api/meetings/${m.id}/minutes/review`, {});
    const old = await MinutesAmendment.create({ meetingId: m.id, text: "An amendment from before", authorId: m.present.built.user.id });
    const listed = (await review(m)).body.amendments;
    expect(listed.map((a) => [a.text, a.threadId])).to.deep.equal([["An amendment from before", null]]);
    const resolved = await m.secretariat.client.post<PresentedMinutesReview>(`/api/meetings/${m.id}/minutes/amendments/${old.id}/resolution`, { outcome: "declined" });
    expect(resolved.body.amendments[0]!.status).to.equal("declined");
    expect((await m.secretariat.client.post(`/api/meetings/${m.id}/minutes/sign-off`)).status).to.equal(200);
  });
});
