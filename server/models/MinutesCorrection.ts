import mongoose, { type InferSchemaType } from "mongoose";

/**
 * A correction to approved minutes: never an edit of the frozen text, but a new numbered amendment
 * (1, 2, …) whose hash chains to the one before it (the first to the approval's hash).
 */
const minutesCorrectionSchema = new mongoose.Schema({
  meetingId: { type: String, required: true },
  number: { type: Number, required: true },
  text: { type: String, required: true },
  authorId: { type: String, required: true },
  createdAt: { type: Date, required: true },
  previousHash: { type: String, required: true },
  hash: { type: String, required: true },
});
// The number is claimed by the insert: two corrections at once cannot share one.
minutesCorrectionSchema.index({ meetingId: 1, number: 1 }, { unique: true });

export type MinutesCorrectionRecord = InferSchemaType<typeof minutesCorrectionSchema> & { _id: mongoose.Types.ObjectId };
export const MinutesCorrection = mongoose.model("MinutesCorrection", minutesCorrectionSchema);
