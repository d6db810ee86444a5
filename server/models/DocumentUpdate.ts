import mongoose from "mongoose";

/**
 * One accepted batch of Yjs updates, merged, in arrival order per document. Compaction folds them
 * into a snapshot. `_id` is `<documentId>:<row>` (see updateLog.ts), so a load can find a row by
 * `_id` alone; rows stored before row numbers have an ObjectId and no `row`, and are read by query.
 */
const documentUpdateSchema = new mongoose.Schema({
  _id: { type: mongoose.Schema.Types.Mixed, required: true },
  documentId: { type: mongoose.Schema.Types.ObjectId, required: true },
  row: { type: Number },
  /**
   * The `_id` of the segment the row belongs to: sweeps delete by it (no index: the collection only
   * holds the rows after each document's last segment and those of the last few seconds).
   */
  segment: { type: String },
  seq: { type: Number, required: true },
  update: { type: Buffer, required: true },
  userId: { type: String, default: null },
  at: { type: Date, required: true },
});
documentUpdateSchema.index({ documentId: 1, seq: 1 }, { unique: true });

export const DocumentUpdate = mongoose.model("DocumentUpdate", documentUpdateSchema);
