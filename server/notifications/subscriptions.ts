import { randomUUID } from "node:crypto";
import { domainEvents, type DomainEventMap } from "../domainEvents";
import { DocumentModel } from "../models/Document";
import { TrainingRegistration } from "../models/TrainingRegistration";
import { loadMeeting, type MeetingRecord } from "../meetings/meetingStore";
import type { MeetingScheduleFacts, NotificationEventMap } from "./notificationEvents";
import type { Notifier } from "./notifier";
import type { TargetRef } from "./notificationTargets";

type Listener = (...args: unknown[]) => void;
type Reactions = { [E in keyof DomainEventMap]?: (...args: DomainEventMap[E]) => Promise<unknown> };

/**
 * Who attended a meeting: the participants marked present; when attendance was not taken at all
 * (nobody marked), every participant — the minutes and the decisions concern them all.
 */
export function attendeesOf(meeting: Pick<MeetingRecord, "participantIds" | "attendance">): string[] {
  const participants = meeting.participantIds ?? [];
  const marks = meeting.attendance ?? [];
  if (marks.length === 0) return [...participants];
  const present = new Set(marks.filter((a) => a.status === "present").map((a) => a.userId));
  return participants.filter((id) => present.has(id));
}

const visible = (facts: MeetingScheduleFacts | null) => facts !== null && facts.status !== "draft" && facts.status !== "cancelled";
const SCHEDULE_FIELDS = ["startsAt", "durationMinutes", "place", "videoUrl"] as const;

function changedFields(before: MeetingScheduleFacts, after: MeetingScheduleFacts) {
  return SCHEDULE_FIELDS.filter((field) => (field === "startsAt" ? before.startsAt.getTime() !== after.startsAt.getTime() : before[field] !== after[field]));
}

/** Invited, changed, cancelled, taken off: what a change of a meeting means to each participant. */
async function onScheduleChanged(notifier: Notifier, event: NotificationEventMap["meeting.scheduleChanged"][0]): Promise<void> {
  const { before, after, meetingId, byUserId } = event;
  const target: TargetRef = { kind: "meeting", id: meetingId };
  const once = randomUUID();
  const base = { target, actorId: byUserId };
  if (after.status === "cancelled") {
    // Participants of a draft never heard of it.
    if (before && visible(before)) await notifier.notify({ ...base, type: "meeting_cancelled", recipientIds: before.participantIds, eventKey: `meeting_cancelled:${meetingId}` });
    return;
  }
  const wasVisible = visible(before);
  const isVisible = visible(after);
  const had = new Set(wasVisible ? before!.participantIds : []);
  const has = new Set(isVisible ? after.participantIds : []);
  const invited = [...has].filter((id) => !had.has(id));
  const takenOff = [...had].filter((id) => !has.has(id));
  const staying = [...has].filter((id) => had.has(id));
  if (invited.length > 0) await notifier.notify({ ...base, type: "meeting_invited", recipientIds: invited, eventKey: `meeting_invited:${meetingId}:${once}` });
  if (takenOff.length > 0) await notifier.notify({ ...base, type: "meeting_uninvited", recipientIds: takenOff, eventKey: `meeting_uninvited:${meetingId}:${once}`, evenWithoutAccess: true });
  const fields = wasVisible && isVisible ? changedFields(before!, after) : [];
  if (staying.length > 0 && fields.length > 0) {
    await notifier.notify({ ...base, type: "meeting_changed", recipientIds: staying, eventKey: `meeting_changed:${meetingId}:${once}`, details: { fields } });
  }
}

async function toAttendees(notifier: Notifier, meetingId: string, notify: (attendees: string[]) => Promise<unknown>): Promise<void> {
  const meeting = await loadMeeting(meetingId).catch(() => null);
  if (meeting) await notify(attendeesOf(meeting));
}

/**
 * A seat at a training: the participant with an account is told, or for a colleague without one the
 * member who registered them. No actor: it is the system's confirmation, also of one's own registration.
 */
async function onTrainingSeated(notifier: Notifier, event: NotificationEventMap["training.seated"][0]): Promise<void> {
  const type = event.how === "movedUp" ? "training_moved_up" : "training_confirmed";
  for (const registration of await TrainingRegistration.find({ _id: { $in: event.registrationIds } }, { userId: 1, registeredBy: 1 }).lean()) {
    const recipient = registration.userId ?? registration.registeredBy;
    await notifier.notify({ type, recipientIds: [recipient], target: { kind: "training", id: event.trainingId }, actorId: null, eventKey: `${type}:${registration._id}` });
  }
}

/** Each domain event and what the notifier makes of it. */
function listeners(notifier: Notifier): Reactions {
  return {
    "comment.posted": async (event) => {
      if (!event.isReply) return; // a new thread reaches people through its mentions
      await notifier.notify({
        type: "comment_reply",
        recipientIds: event.threadParticipantIds,
        target: event.target,
        actorId: event.authorId,
        eventKey: `comment_reply:${event.commentId}`,
        details: { threadId: event.threadId, commentId: event.commentId },
      });
    },
    "comment.resolved": (event) =>
      notifier.notify({ type: "comment_resolved", recipientIds: [event.threadAuthorId], target: event.target, actorId: event.byUserId, eventKey: `comment_resolved:${event.threadId}:${randomUUID()}`, details: { threadId: event.threadId } }),
    "mention.added": (event) =>
      notifier.notify({
        type: "mention",
        recipientIds: event.userIds,
        target: event.target,
        actorId: event.byUserId,
        eventKey: event.eventKey ?? (event.commentId ? `mention:${event.commentId}` :  `mention:${event.target.kind}:${event.target.id}:${randomUUID()}`),
        details: event.commentId ? { commentId: event.commentId } : {},
      }),
    "minutes.reviewOpened": (event) =>
      toAttendees(notifier, event.meetingId, (recipientIds) =>
        notifier.notify({
          type: "minutes_review",
          recipientIds,
          target: { kind: "document", id: event.documentId, meetingId: event.meetingId, documentId: event.documentId },
          actorId: event.byUserId,
          eventKey: `minutes_review:${event.documentId}:${event.until.toISOString()}`,
          details: { until: event.until.toISOString() },
        }),
      ),
    "minutes.approved": (event) =>
      toAttendees(notifier, event.meetingId, (recipientIds) =>
        notifier.notify({ type: "minutes_approved", recipientIds, target: { kind: "document", id: event.documentId, meetingId: event.meetingId, documentId: event.documentId }, actorId: event.byUserId, eventKey: `minutes_approved:${event.documentId}` }),
      ),
    "meeting.scheduleChanged": (event) => onScheduleChanged(notifier, event),
    "actionItem.assigned": (event) =>
      notifier.notify({ type: "action_assigned", recipientIds: [event.ownerId], target: { kind: "actionItem", id: event.actionItemId, meetingId: event.meetingId }, actorId: event.byUserId, eventKey: `action_assigned:${event.actionItemId}:${randomUUID()}` }),
    "decisions.archived": async (event) => {
      if (event.numbers.length === 0) return;
      await toAttendees(notifier, event.meetingId, (recipientIds) =>
        notifier.notify({ type: "decision_archived", recipientIds, target: { kind: "meeting", id: event.meetingId }, actorId: event.byUserId, eventKey: `decision_archived:${event.meetingId}`, details: { numbers: event.numbers } }),
      );
    },
    "archive.amended": (event) =>
      toAttendees(notifier, event.meetingId, (recipientIds) =>
        notifier.notify({ type: "decision_amended", recipientIds, target: { kind: "archiveRecord", id: event.number, meetingId: event.meetingId }, actorId: event.byUserId, eventKey: `decision_amended:${event.number}`, details: { numbers: [event.number] } }),
      ),
    "training.seated": (event) => onTrainingSeated(notifier, event),
    "document.membersAdded": async (event) => {
      const doc = await DocumentModel.findById(event.documentId, { classification: 1 }).lean();
      if (doc?.classification !== "restricted") return; // being named on an open document changes nothing to tell
      await notifier.notify({ type: "document_added", recipientIds: event.userIds, target: { kind: "document", id: event.documentId, documentId: event.documentId }, actorId: event.byUserId, eventKey: `document_added:${event.documentId}:${randomUUID()}` });
    },
  };
}

/** Listens to the domain events; `track` runs each reaction (and lets tests wait for them). Returns the detach function. */
export function subscribeNotifications(notifier: Notifier, track: (work: Promise<unknown>) => void): () => void {
  const attached: Array<[string, Listener]> = [];
  for (const [event, react] of Object.entries(listeners(notifier)) as Array<[string, (...args: unknown[]) => Promise<unknown>]>) {
    const listener: Listener = (...args) => track(react(...args));
    // The map above is typed per event; here they are attached generically.
    domainEvents.on(event as never, listener as never);
    attached.push([event, listener]);
  }
  return () => attached.forEach(([event, listener]) => domainEvents.off(event as never, listener as never));
}
