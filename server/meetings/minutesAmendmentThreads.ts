import { audit } from "../audit/auditLog";
import { Comment, type CommentRecord } from "../models/Comment";
import { Meeting } from "../models/Meeting";
import { MinutesAmendment, type MinutesAmendmentRecord } from "../models/MinutesAmendment";
import { MinutesReview } from "../models/MinutesReview";
import { can } from "../policies";
import { domainEvents } from "../domainEvents";
import { auditActor, type ActingUser } from "./actingUser";
import { minutesReviewContext } from "./minutesReviewState";

/**
 * A thread started on a meeting's minutes while they are under review, by someone who may propose
 * amendments (an attendee, an organiser), is a proposed amendment: recorded here, listed on the review
 * page, and open until the secretariat accepts or declines it. Other threads (before the review,
 * after its deadline, by readers who were not there) stay ordinary comments. Idempotent per thread.
 */
export async function recordAmendmentThread(props: { actor: ActingUser; documentId: string; threadId: string; now: Date }): Promise<string | null> {
  const review = await MinutesReview.findOne({ documentId: props.documentId, status: "open" }, { meetingId: 1 }).lean();
  if (!review) return null;
  const meeting = await Meeting.findById(review.meetingId, { minutesDocumentId: 1 }).lean();
  if (meeting?.minutesDocumentId !== props.documentId) return null;
  const { meeting: full, target } = await minutesReviewContext(review.meetingId, props.now);
  if (!can(props.actor, "minutes.proposeAmendment", target)) return null;
  const existing = await MinutesAmendment.findOne({ meetingId: review.meetingId, threadId: props.threadId }, { _id: 1 }).lean();
  if (existing) return String(existing._id);
  const amendment = await MinutesAmendment.create({ meetingId: review.meetingId, threadId: props.threadId, authorId: props.actor.id });
  // The words stay out of the audit log (they may quote the minutes): who, which amendment and thread suffice.
  await audit({ action: "minutes.amendment_proposed", ...auditActor(props.actor), target: { type: "meeting", id: review.meetingId, label: full.title }, details: { amendmentId: amendment.id, threadId: props.threadId } });
  domainEvents.emit("meeting.changed", { kind: "details", meetingId: review.meetingId });
  return amendment.id;
}

/** Each amendment's words: its thread's first comment (empty once that comment is deleted), or its own text for the older ones. */
export async function amendmentTexts(amendments: MinutesAmendmentRecord[]): Promise<Map<string, string>> {
  const threadIds = amendments.map((a) => a.threadId).filter((id): id is string => Boolean(id));
  const comments = threadIds.length === 0 ? [] : await Comment.find({ threadId: { $in: threadIds } }).sort({ createdAt: 1, _id: 1 }).lean<CommentRecord[]>();
  const first = new Map<string, CommentRecord>();
  for (const comment of comments) if (!first.has(comment.threadId)) first.set(comment.threadId, comment);
  return new Map(
    amendments.map((a) => {
      const comment = a.threadId ? first.get(a.threadId) : undefined;
      return [String(a._id), a.threadId ? (comment && comment.deletedAt == null ? comment.text : "") : a.text];
    }),
  );
}
