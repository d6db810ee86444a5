import mongoose, { type InferSchemaType } from "mongoose";
import { MINUTES_REVIEW_STATUSES } from "../../shared/minutesReview";

/**
 * The review of one meeting's minutes (one per meeting): opened for some days, then signed off.
 * The approval (frozen version, its hash, who signed and when) is written once and never changed.
 */
const minutesReviewSchema = new mongoose.Schema(
  {
    meetingId: { type: String, required: true },
    documentId: { type: String, required: true },
    status: { type: String, enum: MINUTES_REVIEW_STATUSES, required: true },
    openedBy: { type: String, required: true },
    openedAt: { type: Date, required: true },
    until: { type: Date, required: true },
    approval: {
      type: new mongoose.Schema(
        { versionId: { type: String, required: true }, hash: { type: String, required: true }, signedBy: { type: String, required: true }, signedAt: { type: Date, required: true } },
        { _id: false },
      ),
      default: null,
    },
  },
  { timestamps: true },
);
// One review per meeting: two organisers opening at once insert once (the second gets a duplicate key).
minutesReviewSchema.index({ meetingId: 1 }, { unique: true });
minutesReviewSchema.index({ documentId: 1 });

export type MinutesReviewFields = InferSchemaType<typeof minutesReviewSchema>;
export type MinutesReviewRecord = MinutesReviewFields & { _id: mongoose.Types.ObjectId };
export const MinutesReview = mongoose.model("MinutesReview", minutesReviewSchema);
