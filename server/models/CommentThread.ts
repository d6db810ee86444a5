import mongoose, { type InferSchemaType } from "mongoose";
import { COMMENT_TARGET_KINDS } from "../../shared/comments";

const anchorSchema = new mongoose.Schema(
  { from: { type: String, required: true }, to: { type: String, required: true }, block: { type: String, required: true }, quote: { type: String, default: "" } },
  { _id: false },
);

/**
 * A comment thread on a document's text range, an agenda item, an agenda proposal or an action
 * item. Its comments are separate records (Comment), so a reply is one insert, never a rewrite of
 * the thread (no transactions on FerretDB). Never deleted: a thread on removed text stays.
 */
const commentThreadSchema = new mongoose.Schema(
  {
    /** "kind:id", one indexed field to list a target's threads by. */
    targetKey: { type: String, required: true },
    targetKind: { type: String, enum: COMMENT_TARGET_KINDS, required: true },
    targetId: { type: String, required: true },
    meetingId: { type: String, default: null },
    anchor: { type: anchorSchema, default: null },
    createdBy: { type: String, required: true },
    resolvedAt: { type: Date, default: null },
    resolvedBy: { type: String, default: null },
  },
  { timestamps: true },
);
commentThreadSchema.index({ targetKey: 1, createdAt: 1 });

export type CommentThreadFields = InferSchemaType<typeof commentThreadSchema>;
export type CommentThreadRecord = CommentThreadFields & { _id: mongoose.Types.ObjectId };
export const CommentThread = mongoose.model("CommentThread", commentThreadSchema);
