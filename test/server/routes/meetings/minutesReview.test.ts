import { expect } from "chai";
import { createHash } from "node:crypto";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { DocumentModel } from "../../../../server/models/Document";
import { DocumentVersion } from "../../../../server/models/DocumentVersion";
import { Meeting } from "../../../../server/models/Meeting";
import { MinutesAmendment } from "../../../../server/models/MinutesAmendment";
import { MinutesCorrection } from "../../../../server/models/MinutesCorrection";
import { MinutesReview } from "../../../../server/models/MinutesReview";
import { Notification } from "../../../../server/models/Notification";
import type { Role } from "../../../../shared/domain";
import type { PresentedMinutesReview } from "../../../../shared/minutesReview";
import { buildUser, type BuiltUser } from "../../../support/factories";
import { buildDecision, buildMeeting } from "../../../support/meetingFactories";
import { expectProblem } from "../../../support/problemAssertions";
import { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";
import { eventually, YClient } from "../../../support/yClient";
import { documentStore } from "../../../../server/collaboration/documentStore";
import { documentPlainText, ydocFromState } from "../../../../server/documents/documentText";

const DAY_MS = 86_400_000;

describe("routes: minutes review and sign-off", () => {
  let server: TestServer;
  const signIn = async (built: BuiltUser) => {
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return client;
  };
  const signedIn = async (role: Role, name?: string) => {
    const built = await buildUser({ role, name });
    return { built, client: await signIn(built) };
  };

  /** A closed meeting with a present member, an excused member and a present observer, and its minutes. */
  const closedWithMinutes = async () => {
    const secretariat = await signedIn("secretariat");
    const chair = await signedIn("chair");
    const present = await signedIn("member");
    const excused = await signedIn("member");
    const observer = await signedIn("observer");
    const meeting = await buildMeeting({ status: "closed", participants: [chair.built, present.built, excused.built, observer.built] });
    const marks = [chair, present, observer].map((p) => ({ userId: p.built.user.id, status: "present" })).concat([{ userId: excused.built.user.id, status: "excused" }]);
    await Meeting.updateOne({ _id: meeting._id }, { $set: { attendance: marks } });
    const minutes = await chair.client.post(`/api/meetings/${meeting._id}/minutes`);
    expect(minutes.status, JSON.stringify(minutes.body)).to.equal(200);
    return { id: String(meeting._id), meeting, documentId: minutes.body.document.id as string, secretariat, chair, present, excused, observer };
  };
  const reviewUrl = (id: string) => `/api/meetings/${id}/minutes/review`;

  before(async () => (server = await startTestServer({ notifications: { schedulerIntervalMs: 0 } })));
  after(() => server.stop());

  it("requires authentication for every review route, and changes nothing", async () => {
    const { id } = await closedWithMinutes();
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    const amendment = "0123456789abcdef01234567";
    for (const [method, path, body] of [
      ["GET", `/api/meetings/${id}/minutes/review`, undefined],
      ["POST", `/api/meetings/${id}/minutes/review`, {}],
      ["POST", `/api/meetings/${id}/minutes/amendments`, { text: "Add the Luxembourg delegate" }],
      ["POST", `/api/meetings/${id}/minutes/amendments/${amendment}/resolution`, { outcome: "accepted" }],
      ["POST", `/api/meetings/${id}/minutes/sign-off`, {}],
      ["POST", `/api/meetings/${id}/minutes/corrections`, { text: "Fix a date" }],
    ] as const) {
      expectProblem(await anonymous.request(method, path, body), 401, "unauthorized");
    }
    expect(await MinutesReview.countDocuments({ meetingId: id })).to.equal(0);
  });

  it("rejects a user without permission at every step: members do not open or sign off, observers and outsiders do not propose, chairs do not sign off", async () => {
    const m = await closedWithMinutes();
    const outsider = await signedIn("member");
    expectProblem(await outsider.client.get(reviewUrl(m.id)), 403, "forbidden");
    expectProblem(await m.present.client.post(reviewUrl(m.id), {}), 403, "forbidden");
    expectProblem(await m.observer.client.post(reviewUrl(m.id), {}), 403, "forbidden");
    expect(await MinutesReview.countDocuments({ meetingId: m.id })).to.equal(0);
    expect((await m.present.client.get(reviewUrl(m.id))).body.permissions).to.deep.equal({ openReview: false, propose: false, resolve: false, signOff: false, correct: false });
    expect((await m.chair.client.get(reviewUrl(m.id))).body.permissions.openReview).to.equal(true);

    expect((await m.chair.client.post(reviewUrl(m.id), {})).status).to.equal(201);
    for (const client of [m.observer.client, outsider.client, m.excused.client]) {
      expectProblem(await client.post(`/api/meetings/${m.id}/minutes/amendments`, { text: "Not mine to propose" }), 403, "forbidden");
    }
    const proposed = await m.present.client.post<PresentedMinutesReview>(`/api/meetings/${m.id}/minutes/amendments`, { text: "Add that Payoke presented" });
    expect(proposed.status).to.equal(201);
    const amendmentId = proposed.body.amendments[0]!.id;
    for (const client of [m.present.client, m.chair.client]) {
      expectProblem(await client.post(`/api/meetings/${m.id}/minutes/amendments/${amendmentId}/resolution`, { outcome: "accepted" }), 403, "forbidden");
      expectProblem(await client.post(`/api/meetings/${m.id}/minutes/sign-off`), 403, "forbidden");
    }
    expect((await MinutesAmendment.findById(amendmentId).lean())!.status).to.equal("open");
    expect((await MinutesReview.findOne({ meetingId: m.id }).lean())!.status).to.equal("open");
    expectProblem(await m.secretariat.client.post(`/api/meetings/${m.id}/minutes/corrections`, { text: "Too early" }), 403, "forbidden");
    expect(await MinutesCorrection.countDocuments({ meetingId: m.id })).to.equal(0);
  });

  it("refuses bad input with a clear error and changes nothing", async () => {
    const m = await closedWithMinutes();
    for (const body of [{ days: 0 }, { days: 61 }, { days: "10" }, { days: 2.5 }, { days: 10, extra: true }, { days: null }]) {
      expectProblem(await m.chair.client.post(reviewUrl(m.id), body), 422, "validation_failed");
    }
    expectProblem(await m.chair.client.post("/api/meetings/not-an-id/minutes/review", {}), 422, "validation_failed");
    expect(await MinutesReview.countDocuments({ meetingId: m.id })).to.equal(0);
    expect((await m.chair.client.post(reviewUrl(m.id), { days: 3 })).status).to.equal(201);

    const amendments = `/api/meetings/${m.id}/minutes/amendments`;
    for (const body of [{}, { text: "" }, { text: "   \n " }, { text: 42 }, { text: "x".repeat(4001) }, { text: "ok", authorId: m.secretariat.built.user.id }, { text: { $gt: "" } }]) {
      expectProblem(await m.present.client.post(amendments, body), 422, "validation_failed");
    }
    expect(await MinutesAmendment.countDocuments({ meetingId: m.id })).to.equal(0);
    const proposed = await m.present.client.post<PresentedMinutesReview>(amendments, { text: "  <script>alert(1)</script> stays text  " });
    expect(proposed.body.amendments[0]!.text).to.equal("<script>alert(1)</script> stays text");
    const amendmentId = proposed.body.amendments[0]!.id;
    for (const body of [{}, { outcome: "maybe" }, { outcome: "accepted", note: "n".repeat(1001) }, { outcome: "accepted", status: "declined" }]) {
      expectProblem(await m.secretariat.client.post(`${amendments}/${amendmentId}/resolution`, body), 422, "validation_failed");
    }
    expectProblem(await m.secretariat.client.post(`${amendments}/nope/resolution`, { outcome: "accepted" }), 422, "validation_failed");
    expectProblem(await m.secretariat.client.post(`${amendments}/0123456789abcdef01234567/resolution`, { outcome: "accepted" }), 404, "not_found");
    expect((await MinutesAmendment.findById(amendmentId).lean())!.status).to.equal("open");
  });

  it("review → amendment → sign-off: attendees are told, open amendments block sign-off, the minutes freeze with their hash, corrections are numbered", async () => {
    const m = await closedWithMinutes();
    await buildDecision(m.meeting, m.chair.built);
    const finalised = await m.secretariat.client.post(`/api/meetings/${m.id}/finalise`);
    expect(finalised.status, JSON.stringify(finalised.body)).to.be.oneOf([200, 201]);

    const opened = await m.chair.client.post<PresentedMinutesReview>(reviewUrl(m.id), {});
    expect(opened.status).to.equal(201);
    expect(opened.body).to.include({ status: "open", documentId: m.documentId });
    expect(new Date(opened.body.until!).getTime() - new Date(opened.body.openedAt!).getTime()).to.equal(10 * DAY_MS);
    expectProblem(await m.secretariat.client.post(reviewUrl(m.id), {}), 409, "already_under_review"); // once
    expectProblem(await m.present.client.post(reviewUrl(m.id), {}), 403, "forbidden"); // and a member is still refused, not told
    await server.notifications.idle();
    const told = await Notification.find({ type: "minutes_review", "target.documentId": m.documentId }).lean();
    expect(told.map((n) => String(n.recipientId)).sort()).to.deep.equal([m.present.built.user.id], "the members present, not the excused one, nor the chair who opened it, nor the observer, who reads only published documents and may not propose");
    expect(await AuditEntry.exists({ action: "minutes.review_opened", targetId: m.id })).to.not.equal(null);
    const inBell = (await m.present.client.get("/api/notifications")).body.notifications.find((n: { type: string }) => n.type === "minutes_review");
    expect(inBell.link, "it opens the review page, where amendments are proposed").to.equal(`/meetings/${m.id}/minutes-review`);
    expect(inBell.details.until).to.equal(opened.body.until);

    const proposed = await m.present.client.post<PresentedMinutesReview>(`/api/meetings/${m.id}/minutes/amendments`, { text: "Item 2: the vote was 5 for, 1 abstaining" });
    expect(proposed.body.amendments).to.have.length(1);
    expect(proposed.body.amendments[0]).to.include({ status: "open", text: "Item 2: the vote was 5 for, 1 abstaining" });
    expect(proposed.body.amendments[0]!.author.id).to.equal(m.present.built.user.id);
    const amendmentId = proposed.body.amendments[0]!.id;

    expectProblem(await m.secretariat.client.post(`/api/meetings/${m.id}/minutes/sign-off`), 409, "open_amendments");
    const accepted = await m.secretariat.client.post<PresentedMinutesReview>(`/api/meetings/${m.id}/minutes/amendments/${amendmentId}/resolution`, { outcome: "accepted", note: "Worked in" });
    expect(accepted.body.amendments[0]).to.include({ status: "accepted", resolutionNote: "Worked in" });
    expectProblem(await m.secretariat.client.post(`/api/meetings/${m.id}/minutes/amendments/${amendmentId}/resolution`, { outcome: "declined" }), 409, "already_resolved");

    const signed = await m.secretariat.client.post<PresentedMinutesReview>(`/api/meetings/${m.id}/minutes/sign-off`);
    expect(signed.status, JSON.stringify(signed.body)).to.equal(200);
    expect(signed.body.status).to.equal("approved");
    const approval = signed.body.approval!;
    expect(approval.signedBy.id).to.equal(m.secretariat.built.user.id);
    const version = (await DocumentVersion.findById(approval.versionId).lean())!;
    expect(String(version.documentId)).to.equal(m.documentId);
    expect(approval.hash).to.equal(createHash("sha256").update(Buffer.from(version.state.buffer)).digest("hex"));
    expect(version.name).to.equal("Approved minutes");

    // Read-only for everyone, and its settings frozen, even for the secretariat.
    expect((await DocumentModel.findById(m.documentId).lean())!.status).to.equal("archived");
    expect((await m.chair.client.get(`/api/documents/${m.documentId}`)).body.policies.update).to.equal(false);
    expectProblem(await m.secretariat.client.patch(`/api/documents/${m.documentId}`, { status: "draft" }), 409, "minutes_approved");
    expect((await DocumentModel.findById(m.documentId).lean())!.status).to.equal("archived");
    expectProblem(await m.present.client.post(`/api/meetings/${m.id}/minutes/amendments`, { text: "Too late" }), 409, "minutes_approved");
    expectProblem(await m.observer.client.post(`/api/meetings/${m.id}/minutes/amendments`, { text: "Too late" }), 403, "forbidden");
    expectProblem(await m.secretariat.client.post(`/api/meetings/${m.id}/minutes/sign-off`), 409, "already_approved");
    expectProblem(await m.chair.client.post(`/api/meetings/${m.id}/minutes/sign-off`), 403, "forbidden");
    expectProblem(await m.secretariat.client.post(`/api/meetings/${m.id}/minutes/amendments/${amendmentId}/resolution`, { outcome: "declined" }), 409, "already_approved");
    await server.notifications.idle();
    // The members and the chair, and the observer too: sign-off publishes the approved version, which observers invited to the meeting read.
    const approvedFor = await Notification.find({ type: "minutes_approved", "target.documentId": m.documentId }).lean();
    expect(approvedFor.map((n) => String(n.recipientId)).sort()).to.deep.equal([m.chair.built.user.id, m.present.built.user.id, m.observer.built.user.id].sort());
    expect(await AuditEntry.exists({ action: "minutes.signed_off", targetId: m.id })).to.not.equal(null);

    // Linked from the meeting's archive records.
    const archived = await m.present.client.get(`/api/archive?meetingId=${m.id}`);
    const number = archived.body.records[0].number as string;
    const record = await m.present.client.get(`/api/archive/${encodeURIComponent(number)}`);
    expect(record.body.minutes).to.deep.equal({ documentId: m.documentId, signedAt: approval.signedAt, hash: approval.hash });

    // A correction is a new numbered amendment chained to the approval, never an edit.
    const first = await m.secretariat.client.post<PresentedMinutesReview>(`/api/meetings/${m.id}/minutes/corrections`, { text: "The meeting ended at 12:30, not 12:00" });
    expect(first.status).to.equal(201);
    // A correction is part of the minutes: the personal-data guard runs (names of the workspace's accounts excepted).
    const named = await m.secretariat.client.post(`/api/meetings/${m.id}/minutes/corrections`, { text: "Ingrid was excused, not absent" });
    expectProblem(named, 422, "personal_data_found");
    expect(named.body.findings.map((f: { field: string; key: string }) => [f.field, f.key])).to.deep.equal([["text", "person_name:ingrid"]]);
    expectProblem(await m.secretariat.client.post(`/api/meetings/${m.id}/minutes/corrections`, { text: "Ingrid was excused", acknowledgedFindings: [42] }), 422, "validation_failed");
    expect(await MinutesCorrection.countDocuments({ meetingId: m.id })).to.equal(1);
    const second = await m.secretariat.client.post<PresentedMinutesReview>(`/api/meetings/${m.id}/minutes/corrections`, { text: "Ingrid was excused, not absent", acknowledgedFindings: ["person_name:ingrid"] });
    expect(second.status, JSON.stringify(second.body)).to.equal(201);
    expect(await AuditEntry.countDocuments({ action: "minutes.finding_acknowledged", targetId: m.id })).to.equal(1);
    expect(second.body.corrections.map((c) => c.number)).to.deep.equal([1, 2]);
    const [one, two] = await MinutesCorrection.find({ meetingId: m.id }).sort({ number: 1 }).lean();
    expect(one!.previousHash).to.equal(approval.hash);
    expect(two!.previousHash).to.equal(one!.hash);
    expectProblem(await m.chair.client.post(`/api/meetings/${m.id}/minutes/corrections`, { text: "Chair may not" }), 403, "forbidden");
    const again = await m.present.client.get<PresentedMinutesReview>(reviewUrl(m.id));
    expect(again.body.approval).to.deep.equal(approval);
  });

  it("takes proposals only until the deadline; the secretariat can still resolve and sign off after it", async () => {
    const m = await closedWithMinutes();
    expect((await m.chair.client.post(reviewUrl(m.id), { days: 1 })).status).to.equal(201);
    const proposed = await m.present.client.post<PresentedMinutesReview>(`/api/meetings/${m.id}/minutes/amendments`, { text: "One more" });
    await MinutesReview.updateOne({ meetingId: m.id }, { $set: { until: new Date(Date.now() - 1000) } });
    expectProblem(await m.present.client.post(`/api/meetings/${m.id}/minutes/amendments`, { text: "Late" }), 409, "review_closed");
    expectProblem(await m.excused.client.post(`/api/meetings/${m.id}/minutes/amendments`, { text: "Late" }), 403, "forbidden");
    expect(await MinutesAmendment.countDocuments({ meetingId: m.id })).to.equal(1);
    expect((await m.present.client.get(reviewUrl(m.id))).body.permissions.propose).to.equal(false);
    await m.secretariat.client.post(`/api/meetings/${m.id}/minutes/amendments/${proposed.body.amendments[0]!.id}/resolution`, { outcome: "declined" });
    expect((await m.secretariat.client.post(`/api/meetings/${m.id}/minutes/sign-off`)).body.status).to.equal("approved");
  });

  it("opens a review only for a closed meeting with minutes, and only once when two organisers press at once", async () => {
    const chair = await signedIn("chair");
    const scheduled = await buildMeeting({ status: "scheduled", participants: [chair.built] });
    await chair.client.post(`/api/meetings/${scheduled._id}/minutes`);
    expectProblem(await chair.client.post(reviewUrl(String(scheduled._id)), {}), 403, "forbidden");
    const noMinutes = await buildMeeting({ status: "closed" });
    expectProblem(await chair.client.post(reviewUrl(String(noMinutes._id)), {}), 403, "forbidden");

    const m = await closedWithMinutes();
    const answers = await Promise.all([m.chair.client.post(reviewUrl(m.id), {}), m.secretariat.client.post(reviewUrl(m.id), {})]);
    const [won, lost] = answers.map((a) => a.status).sort();
    expect(won).to.equal(201);
    expect(lost, "refused: already under review (409) or, having read it opened, no longer allowed (403)").to.be.oneOf([403, 409]);
    expect(await MinutesReview.countDocuments({ meetingId: m.id })).to.equal(1);
  });

  it("sign-off freezes the live document: an editor who has it open becomes read-only and what they type afterwards is not stored", async () => {
    const m = await closedWithMinutes();
    expect((await m.chair.client.post(reviewUrl(m.id), {})).status).to.equal(201);
    const editor = await YClient.open(m.present.client, server.url, m.documentId);
    try {
      expect(editor.readOnly).to.equal(false);
      await eventually(() => editor.paragraphs().length > 0, "the editor receives the minutes");
      editor.type("Written before the sign-off.");
      expect((await editor.settled()).every((ack) => ack.ok)).to.equal(true);

      const signed = await m.secretariat.client.post<PresentedMinutesReview>(`/api/meetings/${m.id}/minutes/sign-off`);
      expect(signed.status).to.equal(200);
      await eventually(() => editor.readOnly, "the editor is told the minutes are read-only");
      editor.type("Slipped in after the sign-off.");
      await editor.settled().catch(() => []);

      const stored = documentPlainText(ydocFromState((await documentStore.load(m.documentId)).state));
      expect(stored).to.include("Written before the sign-off.");
      expect(stored).to.not.include("Slipped in after the sign-off.");
      const version = (await DocumentVersion.findById(signed.body.approval!.versionId).lean())!;
      expect(documentPlainText(ydocFromState(new Uint8Array(version.state.buffer)))).to.include("Written before the sign-off.");
      const again = await YClient.open(m.chair.client, server.url, m.documentId);
      expect(again.readOnly, "a new connection opens read-only too").to.equal(true);
      again.close();
    } finally {
      editor.close();
    }
  });
});
