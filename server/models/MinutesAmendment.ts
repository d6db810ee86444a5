import mongoose, { type InferSchemaType } from "mongoose";
import { AMENDMENT_STATUSES } from "../../shared/minutesReview";

/**
 * An amendment an attendee proposes during the review of the minutes.
 *
 * HOOK(document comments): issue 13 wants these as comments on the minutes document (and, once it
 * exists, as suggestions). Document comments are being built in parallel; until they land, an
 * amendment is this small record of its own, with the same life (proposed → accepted or declined
 * by the secretariat). When comment threads exist, `minutesAmendmentProposer` can open a thread on
 * the minutes instead and keep only the thread id here, so the review page and sign-off rule
 * ("no open amendments") stay as they are.
 */
const minutesAmendmentSchema = new mongoose.Schema(
  {
    meetingId: { type: String, required: true },
    text: { type: String, required: true },
    authorId: { type: String, required: true },
    status: { type: String, enum: AMENDMENT_STATUSES, default: "open" },
    resolvedBy: { type: String, default: null },
    resolvedAt: { type: Date, default: null },
    resolutionNote: { type: String, default: "" },
  },
  { timestamps: true },
);
minutesAmendmentSchema.index({ meetingId: 1, createdAt: 1 });

export type MinutesAmendmentFields = InferSchemaType<typeof minutesAmendmentSchema>;
export type MinutesAmendmentRecord = MinutesAmendmentFields & { _id: mongoose.Types.ObjectId };
export const MinutesAmendment = mongoose.model("MinutesAmendment", minutesAmendmentSchema);
