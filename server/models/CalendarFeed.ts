import mongoose, { type InferSchemaType } from "mongoose";

/** A personal calendar feed: only the SHA-256 of its secret is kept; revoking deletes the row. */
const calendarFeedSchema = new mongoose.Schema(
  {
    userId: { type: String, required: true },
    tokenHash: { type: String, required: true },
  },
  { timestamps: true },
);
calendarFeedSchema.index({ tokenHash: 1 }, { unique: true });
calendarFeedSchema.index({ userId: 1 }, { unique: true });

export type CalendarFeedFields = InferSchemaType<typeof calendarFeedSchema>;
export const CalendarFeed = mongoose.model("CalendarFeed", calendarFeedSchema);
