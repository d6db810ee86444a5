import { audit } from "../audit/auditLog";
import { domainEvents } from "../domainEvents";
import { Conflict, TooManyRequests } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { minutesReviewContext } from "../meetings/minutesReviewState";
import { MinutesAmendment } from "../models/MinutesAmendment";
import { authorize, can } from "../policies";
import { MINUTES_REVIEW_LIMITS } from "../../shared/minutesReview";

/** An attendee proposes an amendment to the minutes under review (`minutes.proposeAmendment`). */
export default async function minutesAmendmentProposer(props: { actor: ActingUser; meetingId: string; text: string; now: Date }): Promise<string> {
  const { actor, meetingId, now } = props;
  const { meeting, target } = await minutesReviewContext(meetingId, now);
  // An attendee who comes after the deadline or the sign-off is told why.
  if ((target.phase === "closed" || target.phase === "approved") && can(actor, "minutes.proposeAmendment", { ...target, phase: "open" })) {
    throw Conflict(target.phase === "approved" ? "These minutes are approved: amendments are closed" : "The review of these minutes has ended", target.phase === "approved" ? "minutes_approved" : "review_closed");
  }
  authorize(actor, "minutes.proposeAmendment", target);
  const open = await MinutesAmendment.countDocuments({ meetingId, authorId: actor.id, status: "open" });
  if (open >= MINUTES_REVIEW_LIMITS.openProposalsPerPerson) throw TooManyRequests(60, "You have many open proposals on these minutes; wait until some are resolved");
  const amendment = await MinutesAmendment.create({ meetingId, text: props.text, authorId: actor.id });
  // The text stays out of the audit log (it may quote the minutes): who and which amendment suffice.
  await audit({ action: "minutes.amendment_proposed", ...auditActor(actor), target: { type: "meeting", id: meetingId, label: meeting.title }, details: { amendmentId: amendment.id } });
  domainEvents.emit("meeting.changed", { kind: "details", meetingId });
  return amendment.id;
}
