import type { PresentedMinutesReview } from "../../shared/minutesReview";
import type { AmendmentStatus } from "../../shared/minutesReview";
import { amendmentTexts } from "../meetings/minutesAmendmentThreads";
import type { MinutesReviewContext } from "../meetings/minutesReviewState";
import type { MinutesAmendmentRecord } from "../models/MinutesAmendment";
import type { MinutesCorrectionRecord } from "../models/MinutesCorrection";
import { can, type Actor } from "../policies";
import { peopleLookup, personRef, type People } from "./people";

const person = (people: People, id: string | null | undefined) => personRef(people, id) ?? (id ? { id, name: "—" } : null);

/** The review as the meeting page shows it, with what the actor may do next. */
export async function presentMinutesReview(
  context: MinutesReviewContext,
  amendments: MinutesAmendmentRecord[],
  corrections: MinutesCorrectionRecord[],
  actor: Actor,
): Promise<PresentedMinutesReview> {
  const { meeting, review, target } = context;
  const texts = await amendmentTexts(amendments);
  const people = await peopleLookup([review?.openedBy, review?.approval?.signedBy, ...amendments.flatMap((a) => [a.authorId, a.resolvedBy]), ...corrections.map((c) => c.authorId)]);
  return {
    meetingId: String(meeting._id),
    documentId: meeting.minutesDocumentId ?? null,
    status: review ? (review.status as "open" | "approved") : "none",
    openedAt: review?.openedAt.toISOString() ?? null,
    openedBy: person(people, review?.openedBy),
    until: review?.until.toISOString() ?? null,
    amendments: amendments.map((a) => ({
      id: String(a._id),
      text: texts.get(String(a._id)) ?? "",
      threadId: a.threadId ?? null,
      author: person(people, a.authorId)!,
      createdAt: a.createdAt.toISOString(),
      status: a.status as AmendmentStatus,
      resolvedBy: person(people, a.resolvedBy),
      resolvedAt: a.resolvedAt?.toISOString() ?? null,
      resolutionNote: a.resolutionNote ?? "",
    })),
    approval: review?.approval
      ? { versionId: review.approval.versionId, hash: review.approval.hash, signedBy: person(people, review.approval.signedBy)!, signedAt: review.approval.signedAt.toISOString() }
      : null,
    corrections: corrections.map((c) => ({ number: c.number, text: c.text, author: person(people, c.authorId)!, createdAt: c.createdAt.toISOString(), hash: c.hash })),
    permissions: {
      openReview: can(actor, "minutes.openReview", target),
      propose: can(actor, "minutes.proposeAmendment", target),
      resolve: can(actor, "minutes.resolveAmendment", target),
      signOff: can(actor, "minutes.signOff", target),
      correct: can(actor, "minutes.correct", target),
    },
  };
}
