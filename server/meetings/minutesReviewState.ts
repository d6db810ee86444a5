import { MinutesReview, type MinutesReviewRecord } from "../models/MinutesReview";
import { attendeesOf } from "../notifications/subscriptions";
import type { MinutesReviewTarget } from "../policies/minutes";
import { loadMeeting, type MeetingRecord } from "./meetingStore";
import type { MeetingStatus } from "../../shared/meetings";
import type { ApprovedMinutesLink } from "../../shared/minutesReview";

export interface MinutesReviewContext {
  meeting: MeetingRecord;
  review: MinutesReviewRecord | null;
  target: MinutesReviewTarget;
}

/** Where a review stands at `now`: proposals are taken until the deadline, sign-off any time before it is done. */
export function reviewPhase(review: Pick<MinutesReviewRecord, "status" | "until"> | null, now: Date): MinutesReviewTarget["phase"] {
  if (!review) return "none";
  if (review.status === "approved") return "approved";
  return now.getTime() < review.until.getTime() ? "open" : "closed";
}

/** The meeting, its review and the policy target, read together (by the meeting's id: the one filter FerretDB pushes down is on _id; the review's meetingId index serves MongoDB). */
export async function minutesReviewContext(meetingId: string, now: Date): Promise<MinutesReviewContext> {
  const meeting = await loadMeeting(meetingId);
  const review = await MinutesReview.findOne({ meetingId }).lean<MinutesReviewRecord>();
  return {
    meeting,
    review,
    target: {
      participantIds: meeting.participantIds ?? [],
      attendeeIds: attendeesOf(meeting),
      status: meeting.status as MeetingStatus,
      hasMinutes: Boolean(meeting.minutesDocumentId),
      phase: reviewPhase(review, now),
    },
  };
}

/** Whether a document is approved minutes (frozen: no edit, no change of its settings). */
export async function isApprovedMinutes(documentId: string): Promise<boolean> {
  return (await MinutesReview.exists({ documentId, status: "approved" })) !== null;
}

/** The approved minutes of a meeting, as its archive records link to them (null until sign-off). */
export async function approvedMinutesLink(meetingId: string): Promise<ApprovedMinutesLink | null> {
  const review = await MinutesReview.findOne({ meetingId, status: "approved" }).lean<MinutesReviewRecord>();
  return review?.approval ? { documentId: review.documentId, signedAt: review.approval.signedAt.toISOString(), hash: review.approval.hash } : null;
}
