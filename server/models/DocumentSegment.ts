import mongoose from "mongoose";

/**
 * Every SEGMENT_ROWS update rows of a document merged into one (server/collaboration/updateLog.ts):
 * a redundant copy of those rows, kept in a collection of its own so that it stays small and a
 * load reads a long uncompacted history as a few segments instead of thousands of rows. Deleted
 * with the rows at compaction; a missing segment only means the load reads its rows instead.
 * `_id` is `<documentId>:<toRow>`.
 */
const documentSegmentSchema = new mongoose.Schema({
  _id: { type: String, required: true },
  documentId: { type: mongoose.Schema.Types.ObjectId, required: true },
  fromRow: { type: Number, required: true },
  toRow: { type: Number, required: true },
  /** The highest update seq in it. */
  seq: { type: Number, required: true },
  update: { type: Buffer, required: true },
  at: { type: Date, required: true },
});
documentSegmentSchema.index({ documentId: 1, toRow: 1 });

export const DocumentSegment = mongoose.model("DocumentSegment", documentSegmentSchema);
