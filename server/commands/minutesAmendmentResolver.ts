import type { AmendmentOutcome } from "../../shared/minutesReview";
import { audit } from "../audit/auditLog";
import { domainEvents } from "../domainEvents";
import { Conflict, NotFound } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { minutesReviewContext } from "../meetings/minutesReviewState";
import { MinutesAmendment } from "../models/MinutesAmendment";
import { authorize, can } from "../policies";
import commentThreadResolver from "./commentThreadResolver";

/**
 * The secretariat accepts (and works into the minutes) or declines a proposed amendment
 * (`minutes.resolveAmendment`). Conditional on it still being open, so it is resolved once. Its
 * comment thread on the minutes is resolved with it (its author is told), unless already resolved.
 */
export default async function minutesAmendmentResolver(props: { actor: ActingUser; meetingId: string; amendmentId: string; outcome: AmendmentOutcome; note: string; now: Date }): Promise<void> {
  const { actor, meetingId, amendmentId, now } = props;
  const { meeting, target } = await minutesReviewContext(meetingId, now);
  if (target.phase === "approved" && can(actor, "minutes.resolveAmendment", { ...target, phase: "open" })) throw Conflict("These minutes are already signed off", "already_approved");
  authorize(actor, "minutes.resolveAmendment", target);
  const existing = await MinutesAmendment.findById(amendmentId).lean();
  if (!existing || existing.meetingId !== meetingId) throw NotFound("This amendment was not found");
  const result = await MinutesAmendment.updateOne(
    { _id: amendmentId, status: "open" },
    { $set: { status: props.outcome, resolvedBy: actor.id, resolvedAt: now, resolutionNote: props.note } },
  );
  if (result.modifiedCount === 0) throw Conflict("This amendment was already resolved", "already_resolved");
  if (existing.threadId) await commentThreadResolver({ actor, threadId: existing.threadId, resolved: true });
  await audit({ action: "minutes.amendment_resolved", ...auditActor(actor), target: { type: "meeting", id: meetingId, label: meeting.title }, details: { amendmentId, outcome: props.outcome } });
  domainEvents.emit("meeting.changed", { kind: "details", meetingId });
}
