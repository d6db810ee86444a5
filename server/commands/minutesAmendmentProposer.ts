import type { CommentAnchor } from "../../shared/comments";
import { Conflict, TooManyRequests } from "../errors";
import type { ActingUser } from "../meetings/actingUser";
import { recordAmendmentThread } from "../meetings/minutesAmendmentThreads";
import { minutesReviewContext } from "../meetings/minutesReviewState";
import { MinutesAmendment } from "../models/MinutesAmendment";
import { authorize, can } from "../policies";
import { MINUTES_REVIEW_LIMITS } from "../../shared/minutesReview";
import commentThreadStarter from "./commentThreadStarter";

/**
 * An attendee proposes an amendment to the minutes under review (`minutes.proposeAmendment`): a
 * comment thread on the minutes document (anchored to the text it is about, if given), which the
 * review records as an amendment. Like every comment it passes the personal-data check (409
 * personal_data_in_comment unless confirmed). Returns the amendment's id.
 */
export default async function minutesAmendmentProposer(props: { actor: ActingUser; meetingId: string; text: string; anchor?: CommentAnchor; confirmPersonalData?: boolean; now: Date }): Promise<string> {
  const { actor, meetingId, now } = props;
  const { review, target } = await minutesReviewContext(meetingId, now);
  // An attendee who comes after the deadline or the sign-off is told why.
  if ((target.phase === "closed" || target.phase === "approved") && can(actor, "minutes.proposeAmendment", { ...target, phase: "open" })) {
    throw Conflict(target.phase === "approved" ? "These minutes are approved: amendments are closed" : "The review of these minutes has ended", target.phase === "approved" ? "minutes_approved" : "review_closed");
  }
  authorize(actor, "minutes.proposeAmendment", target);
  const open = await MinutesAmendment.countDocuments({ meetingId, authorId: actor.id, status: "open" });
  if (open >= MINUTES_REVIEW_LIMITS.openProposalsPerPerson) throw TooManyRequests(60, "You have many open proposals on these minutes; wait until some are resolved");
  const documentId = review!.documentId;
  const { thread } = await commentThreadStarter({ actor, target: { kind: "document", id: documentId }, anchor: props.anchor, text: props.text, mentionIds: [], confirmPersonalData: props.confirmPersonalData ?? false, now });
  const amendmentId = await recordAmendmentThread({ actor, documentId, threadId: thread.id, now });
  if (!amendmentId) throw Conflict("The review of these minutes has just changed; try again", "busy");
  return amendmentId;
}
