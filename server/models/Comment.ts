import mongoose, { type InferSchemaType } from "mongoose";

/** One comment in a thread. Deleting one empties its text and keeps its place (audited). */
const commentSchema = new mongoose.Schema(
  {
    threadId: { type: String, required: true },
    authorId: { type: String, required: true },
    text: { type: String, default: "" },
    mentionIds: { type: [String], default: [] },
    editedAt: { type: Date, default: null },
    deletedAt: { type: Date, default: null },
    deletedBy: { type: String, default: null },
  },
  { timestamps: true },
);
commentSchema.index({ threadId: 1, createdAt: 1 });

export type CommentFields = InferSchemaType<typeof commentSchema>;
export type CommentRecord = CommentFields & { _id: mongoose.Types.ObjectId };
export const Comment = mongoose.model("Comment", commentSchema);
