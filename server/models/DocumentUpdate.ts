import mongoose from "mongoose";

/** One accepted Yjs update, in arrival order per document. Compaction folds them into a snapshot. */
const documentUpdateSchema = new mongoose.Schema({
  documentId: { type: mongoose.Schema.Types.ObjectId, required: true },
  seq: { type: Number, required: true },
  update: { type: Buffer, required: true },
  userId: { type: String, default: null },
  at: { type: Date, required: true },
});
documentUpdateSchema.index({ documentId: 1, seq: 1 }, { unique: true });

export const DocumentUpdate = mongoose.model("DocumentUpdate", documentUpdateSchema);
