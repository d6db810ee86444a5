import { audit } from "../audit/auditLog";
import { domainEvents } from "../domainEvents";
import { Conflict } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { minutesReviewContext } from "../meetings/minutesReviewState";
import { MinutesReview } from "../models/MinutesReview";
import { authorize, can } from "../policies";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Opens a closed meeting's minutes for review by its attendees for `days` days
 * (`minutes.openReview`); they are notified (minutes_review) through the domain event.
 */
export default async function minutesReviewOpener(props: { actor: ActingUser; meetingId: string; days: number; now: Date }): Promise<void> {
  const { actor, meetingId, now } = props;
  const { meeting, target } = await minutesReviewContext(meetingId, now);
  // Someone who could open it, had it not been opened already, is told so rather than refused.
  if (target.phase !== "none" && can(actor, "minutes.openReview", { ...target, phase: "none" })) throw Conflict("The minutes of this meeting are already under review", "already_under_review");
  authorize(actor, "minutes.openReview", target);
  const documentId = meeting.minutesDocumentId!;
  const until = new Date(now.getTime() + props.days * DAY_MS);
  try {
    await MinutesReview.create({ meetingId, documentId, status: "open", openedBy: actor.id, openedAt: now, until });
  } catch (error) {
    if ((error as { code?: number }).code === 11000) throw Conflict("The minutes of this meeting are already under review", "already_under_review");
    throw error;
  }
  await audit({ action: "minutes.review_opened", ...auditActor(actor), target: { type: "meeting", id: meetingId, label: meeting.title }, details: { documentId, until: until.toISOString() } });
  domainEvents.emit("minutes.reviewOpened", { meetingId, documentId, until, byUserId: actor.id });
  domainEvents.emit("meeting.changed", { kind: "details", meetingId });
}
