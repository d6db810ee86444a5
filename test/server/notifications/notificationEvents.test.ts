import { expect } from "chai";
import { domainEvents } from "../../../server/domainEvents";
import { ActionItem } from "../../../server/models/ActionItem";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { Meeting } from "../../../server/models/Meeting";
import { Notification } from "../../../server/models/Notification";
import { runActionReminders } from "../../../server/notifications/reminders";
import { Notifier } from "../../../server/notifications/notifier";
import { createLogger } from "../../../server/logger";
import type { Role } from "../../../shared/domain";
import { brusselsToday } from "../../../shared/brusselsTime";
import { addDays } from "../../../server/notifications/reminders";
import { createDocument } from "../../support/documentFactories";
import { buildUser, type BuiltUser } from "../../support/factories";
import { buildDecision, buildMeeting } from "../../support/meetingFactories";
import { expectProblem } from "../../support/problemAssertions";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("what each event notifies, and to whom", () => {
  let server: TestServer;
  let now = new Date();
  const signedIn = async (role: Role) => {
    const built = await buildUser({ role });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return { client, built };
  };
  const typesOf = async (user: BuiltUser) => (await Notification.find({ recipientId: user.user.id }).sort({ createdAt: 1 }).lean()).map((n) => n.type);
  const settle = () => server.notifications.idle();

  before(async () => (server = await startTestServer({ notifications: { clock: () => now, schedulerIntervalMs: 0 } })));
  after(() => server.stop());
  beforeEach(() => (now = new Date()));

  describe("meetings", () => {
    const input = (participantIds: string[], status = "scheduled") => ({ title: "Autumn meeting", startsAt: "2099-10-01T08:00:00Z", durationMinutes: 120, place: "Luxembourg", language: "en", participantIds, status });

    it("invites participants when a meeting is published, tells them of changes to time or place, and who was taken off", async () => {
      const { client: chair } = await signedIn("chair");
      const [a, b, c] = [await buildUser(), await buildUser(), await buildUser()];
      const draft = await chair.post("/api/meetings", input([a.user.id, b.user.id], "draft"));
      await settle();
      expect(await typesOf(a)).to.deep.equal([]); // a draft is the organisers' only
      await chair.patch(`/api/meetings/${draft.body.id}`, { status: "scheduled" });
      await settle();
      expect(await typesOf(a)).to.deep.equal(["meeting_invited"]);
      await chair.patch(`/api/meetings/${draft.body.id}`, { participantIds: [a.user.id, c.user.id], startsAt: "2099-10-02T08:00:00Z" });
      await settle();
      expect(await typesOf(a)).to.deep.equal(["meeting_invited", "meeting_changed"]);
      expect(await typesOf(b)).to.deep.equal(["meeting_invited", "meeting_uninvited"]);
      expect(await typesOf(c)).to.deep.equal(["meeting_invited"]);
      const changed = (await Notification.findOne({ recipientId: a.user.id, type: "meeting_changed" }).lean())!;
      expect(JSON.parse(changed.details)).to.deep.equal({ fields: ["startsAt"] });
      // A title change alone is not news; the calendar sequence still grows.
      const sequence = (await Meeting.findById(draft.body.id).lean())!.calendarSequence;
      await chair.patch(`/api/meetings/${draft.body.id}`, { title: "Autumn meeting (Luxembourg)" });
      await settle();
      expect(await typesOf(a)).to.have.length(2);
      expect((await Meeting.findById(draft.body.id).lean())!.calendarSequence).to.equal(sequence + 1);
    });

    describe("cancelling", () => {
      it("requires authentication (401) and rejects members and observers (403); nothing changes", async () => {
        const meeting = await buildMeeting();
        const anonymous = new TestClient(server.url);
        await anonymous.session();
        expectProblem(await anonymous.post(`/api/meetings/${meeting._id}/cancel`), 401, "unauthorized");
        for (const role of ["member", "observer"] as const) {
          const { client, built } = await signedIn(role);
          const own = await buildMeeting({ participants: [built] });
          expectProblem(await client.post(`/api/meetings/${own._id}/cancel`), 403, "forbidden");
          expect((await Meeting.findById(own._id).lean())!.status).to.equal("scheduled");
        }
        expect((await Meeting.findById(meeting._id).lean())!.status).to.equal("scheduled");
      });

      it("cancels a scheduled meeting (audited), tells its participants, and leaves it read-only", async () => {
        const { client: chair, built } = await signedIn("chair");
        const member = await buildUser();
        const meeting = await buildMeeting({ participants: [member] });
        const response = await chair.post(`/api/meetings/${meeting._id}/cancel`);
        expect(response.status).to.equal(200);
        expect(response.body.status).to.equal("cancelled");
        expect(response.body.permissions).to.include({ cancel: false, edit: false, editAgenda: false });
        await settle();
        expect(await typesOf(member)).to.deep.equal(["meeting_cancelled"]);
        expect(await AuditEntry.countDocuments({ action: "meeting.cancelled", actorId: built.user.id, targetId: String(meeting._id) })).to.equal(1);
        expectProblem(await chair.patch(`/api/meetings/${meeting._id}`, { title: "Back again" }), 403, "forbidden");
        expectProblem(await chair.post(`/api/meetings/${meeting._id}/cancel`), 403, "forbidden");
        expectProblem(await chair.post(`/api/meetings/${meeting._id}/start`), 409, "invalid_status");
        expectProblem(await chair.post("/api/meetings/not-an-id/cancel"), 422, "validation_failed");
      });

      it("refuses a meeting that started (409) or is finalised (403)", async () => {
        const { client: chair } = await signedIn("chair");
        const running = await buildMeeting({ status: "in_progress" });
        expectProblem(await chair.post(`/api/meetings/${running._id}/cancel`), 409, "invalid_status");
        const finalised = await buildMeeting({ status: "finalised" });
        expectProblem(await chair.post(`/api/meetings/${finalised._id}/cancel`), 403, "forbidden");
        expect((await Meeting.findById(running._id).lean())!.status).to.equal("in_progress");
      });
    });
  });

  describe("minutes and decisions go to the meeting's attendees", () => {
    it("tells those marked present, or everyone when attendance was not taken", async () => {
      const [present, absent, unmarked] = [await buildUser(), await buildUser(), await buildUser()];
      const marked = await buildMeeting({ status: "closed", participants: [present, absent, unmarked] });
      await Meeting.updateOne({ _id: marked._id }, { $set: { attendance: [{ userId: present.user.id, status: "present" }, { userId: absent.user.id, status: "absent" }] } });
      const { client: author, built: secretariat } = await signedIn("secretariat");
      const minutesId = await createDocument(author, { classification: "internal", title: "Minutes" });
      const until = new Date("2099-01-10T23:00:00Z");
      domainEvents.emit("minutes.reviewOpened", { meetingId: String(marked._id), documentId: minutesId, until, byUserId: secretariat.user.id });
      await settle();
      expect(await typesOf(present)).to.deep.equal(["minutes_review"]);
      expect(await typesOf(absent)).to.deep.equal([]);
      expect(await typesOf(unmarked)).to.deep.equal([]);
      expect(JSON.parse((await Notification.findOne({ recipientId: present.user.id }).lean())!.details)).to.deep.equal({ until: until.toISOString() });
      domainEvents.emit("minutes.reviewOpened", { meetingId: String(marked._id), documentId: minutesId, until, byUserId: secretariat.user.id });
      await settle();
      expect(await typesOf(present)).to.have.length(1); // the same event twice is one notification

      const untaken = await buildMeeting({ status: "closed", participants: [absent, unmarked] });
      domainEvents.emit("minutes.approved", { meetingId: String(untaken._id), documentId: minutesId, byUserId: secretariat.user.id });
      await settle();
      expect(await typesOf(absent)).to.deep.equal(["minutes_approved"]);
      expect(await typesOf(unmarked)).to.deep.equal(["minutes_approved"]);
    });

    it("tells attendees when the meeting's decisions are archived and when one is amended", async () => {
      const { client: admin, built } = await signedIn("secretariat");
      const member = await buildUser();
      const meeting = await buildMeeting({ status: "closed", participants: [member] });
      await buildDecision(meeting, built);
      expect((await admin.post(`/api/meetings/${meeting._id}/finalise`)).status).to.equal(200);
      await settle();
      expect(await typesOf(member)).to.deep.equal(["decision_archived"]);
      const numbers = JSON.parse((await Notification.findOne({ recipientId: member.user.id }).lean())!.details).numbers as string[];
      expect(numbers).to.have.length(1);
      const amended = await admin.post(`/api/archive/${numbers[0]}/amendments`, {
        text: "The shelters exchange their free places twice a week.",
        outcome: "adopted",
        victimNote: { kind: "considered", text: "More frequent exchange shortens the time a victim waits for a safe place." },
        reason: "Frequency corrected",
      });
      expect(amended.status, JSON.stringify(amended.body)).to.equal(201);
      await settle();
      expect(await typesOf(member)).to.deep.equal(["decision_archived", "decision_amended"]);
    });
  });

  describe("comments", () => {
    it("tells the thread's participants of a reply, the thread's author when it is resolved, never the one who did it", async () => {
      const { client: owner, built: author } = await signedIn("member");
      const [replier, other] = [await buildUser(), await buildUser()];
      const documentId = await createDocument(owner, { classification: "internal" });
      const target = { kind: "document" as const, id: documentId, documentId };
      domainEvents.emit("comment.posted", { commentId: "c1", threadId: "t1", target, authorId: author.user.id, isReply: false, threadParticipantIds: [author.user.id] });
      domainEvents.emit("comment.posted", { commentId: "c2", threadId: "t1", target, authorId: replier.user.id, isReply: true, threadParticipantIds: [author.user.id, replier.user.id, other.user.id] });
      await settle();
      expect(await typesOf(author)).to.deep.equal(["comment_reply"]);
      expect(await typesOf(other)).to.deep.equal(["comment_reply"]);
      expect(await typesOf(replier)).to.deep.equal([]);
      expect((await owner.get("/api/notifications")).body.notifications[0].link).to.equal(`/documents/${documentId}?thread=t1`);
      domainEvents.emit("comment.resolved", { threadId: "t1", target, byUserId: replier.user.id, threadAuthorId: author.user.id });
      await settle();
      expect(await typesOf(author)).to.deep.equal(["comment_reply", "comment_resolved"]);
    });
  });

  describe("action items", () => {
    it("tells the owner when an item is given to them, on creation and on a new owner", async () => {
      const { client: chair } = await signedIn("chair");
      const [first, second] = [await buildUser(), await buildUser()];
      const meeting = await buildMeeting({ participants: [first, second] });
      const created = await chair.post(`/api/meetings/${meeting._id}/action-items`, { itemId: meeting.agenda[0]!.id, description: "Map the shelters", ownerId: first.user.id });
      await chair.patch(`/api/action-items/${created.body.id}`, { description: "Map the shelters of the three countries" });
      await chair.patch(`/api/action-items/${created.body.id}`, { ownerId: second.user.id });
      await settle();
      expect(await typesOf(first)).to.deep.equal(["action_assigned"]);
      expect(await typesOf(second)).to.deep.equal(["action_assigned"]);
    });

    it("reminds once when due within three days and once when overdue, whatever the number of runs or processes", async () => {
      const owner = await buildUser();
      const meeting = await buildMeeting({ participants: [owner] });
      const today = brusselsToday(now);
      const soon = await ActionItem.create({ meetingId: String(meeting._id), itemId: meeting.agenda[0]!.id, description: "Soon", ownerId: owner.user.id, dueDate: addDays(today, 3), createdBy: owner.user.id });
      const late = await ActionItem.create({ meetingId: String(meeting._id), itemId: meeting.agenda[0]!.id, description: "Late", ownerId: owner.user.id, dueDate: addDays(today, -1), createdBy: owner.user.id });
      const later = await ActionItem.create({ meetingId: String(meeting._id), itemId: meeting.agenda[0]!.id, description: "Later", ownerId: owner.user.id, dueDate: addDays(today, 4), createdBy: owner.user.id });
      await ActionItem.create({ meetingId: String(meeting._id), itemId: meeting.agenda[0]!.id, description: "Done", ownerId: owner.user.id, dueDate: addDays(today, -2), status: "done", createdBy: owner.user.id });
      // Two processes at once (two notifiers), then the server's own scheduler twice.
      const other = new Notifier({ mail: null, logger: createLogger("silent") });
      await Promise.all([runActionReminders(other, now), runActionReminders(new Notifier({ mail: null, logger: createLogger("silent") }), now)]);
      await server.notifications.tick();
      await server.notifications.tick();
      const reminders = await Notification.find({ recipientId: owner.user.id }).lean();
      expect(reminders.map((n) => `${n.type}:${n.target.id}`).sort()).to.deep.equal([`action_due_soon:${soon.id}`, `action_overdue:${late.id}`].sort());

      // The next day: the one due in four days is now due soon; the others were told already.
      now = new Date(now.getTime() + 86_400_000);
      await server.notifications.tick();
      expect((await Notification.find({ recipientId: owner.user.id, type: "action_due_soon" }).lean()).map((n) => n.target.id).sort()).to.deep.equal([soon.id, later.id].sort());
      // A new due date is a new reminder.
      await ActionItem.updateOne({ _id: soon._id }, { $set: { dueDate: addDays(brusselsToday(now), 1) } });
      await server.notifications.tick();
      expect(await Notification.countDocuments({ recipientId: owner.user.id, type: "action_due_soon", "target.id": soon.id })).to.equal(2);
    });
  });
});
