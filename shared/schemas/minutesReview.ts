import { z } from "zod";
import { AMENDMENT_OUTCOMES, MINUTES_REVIEW_LIMITS as L } from "../minutesReview";
import { objectIdSchema } from "./accounts";
import { commentAnchorSchema } from "./comments";
import { acknowledgedFindingsSchema } from "./findings";
import { optionalText, requiredText } from "./text";

/** Input schemas of the minutes review; the server validates with them, the client's forms use them. */

export const openMinutesReviewSchema = z.strictObject({
  /** How many days attendees have to propose amendments. */
  days: z.number().int().min(L.daysMin).max(L.daysMax).default(L.daysDefault),
});

/** An amendment is a comment thread on the minutes: optionally anchored to the text it is about, and checked for personal data like any comment. */
export const proposeAmendmentSchema = z.strictObject({
  text: requiredText(L.amendmentTextMax),
  anchor: commentAnchorSchema.optional(),
  /** The author saw the personal-data warning and keeps the text. */
  confirmPersonalData: z.boolean().default(false),
});

export const resolveAmendmentSchema = z.strictObject({
  outcome: z.enum(AMENDMENT_OUTCOMES),
  note: optionalText(L.resolutionNoteMax).default(""),
});

/** A correction is part of the minutes: checked for personal data (findings that may stay are acknowledged here). */
export const minutesCorrectionSchema = z.strictObject({ text: requiredText(L.amendmentTextMax), acknowledgedFindings: acknowledgedFindingsSchema });

export const amendmentParamsSchema = z.object({ id: objectIdSchema, amendmentId: objectIdSchema });

export type OpenMinutesReviewInput = z.input<typeof openMinutesReviewSchema>;
export type ProposeAmendmentInput = z.input<typeof proposeAmendmentSchema>;
export type ResolveAmendmentInput = z.input<typeof resolveAmendmentSchema>;
export type MinutesCorrectionInput = z.input<typeof minutesCorrectionSchema>;
