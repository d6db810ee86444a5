import type { PresentedMinutesReview } from "../../shared/minutesReview";
import type { MinutesCorrectionInput, OpenMinutesReviewInput, ProposeAmendmentInput, ResolveAmendmentInput } from "../../shared/schemas/minutesReview";
import { apiFetch, postJson } from "./http";

/** Review and sign-off of a meeting's minutes; every call answers with the whole review. */

const base = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/minutes`;

export const getMinutesReview = (meetingId: string) => apiFetch<PresentedMinutesReview>(`${base(meetingId)}/review`);
export const openMinutesReview = (meetingId: string, input: OpenMinutesReviewInput) => postJson<PresentedMinutesReview>(`${base(meetingId)}/review`, input);
export const proposeAmendment = (meetingId: string, input: ProposeAmendmentInput) => postJson<PresentedMinutesReview>(`${base(meetingId)}/amendments`, input);
export const resolveAmendment = (meetingId: string, amendmentId: string, input: ResolveAmendmentInput) =>
  postJson<PresentedMinutesReview>(`${base(meetingId)}/amendments/${encodeURIComponent(amendmentId)}/resolution`, input);
export const signOffMinutes = (meetingId: string) => postJson<PresentedMinutesReview>(`${base(meetingId)}/sign-off`);
export const correctMinutes = (meetingId: string, input: MinutesCorrectionInput) => postJson<PresentedMinutesReview>(`${base(meetingId)}/corrections`, input);
