import mongoose, { type InferSchemaType } from "mongoose";
import { AMENDMENT_STATUSES } from "../../shared/minutesReview";

/**
 * An amendment an attendee proposes during the review of the minutes: a comment thread on the
 * minutes document (`threadId`), started from the review page or in the document's comment panel
 * (server/meetings/minutesAmendmentThreads.ts). The thread holds the words (edited, deleted and
 * checked for personal data as comments are); this record holds the review's side of it: open,
 * then accepted or declined by the secretariat, which also resolves the thread. Sign-off waits for
 * every one to be resolved. Amendments proposed before threads existed keep their own `text` and
 * no thread.
 */
const minutesAmendmentSchema = new mongoose.Schema(
  {
    meetingId: { type: String, required: true },
    /** Only for amendments without a thread (proposed before they were comments); otherwise the thread's first comment is the text. */
    text: { type: String, default: "" },
    threadId: { type: String, default: null },
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
