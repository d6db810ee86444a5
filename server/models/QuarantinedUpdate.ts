import mongoose, { type InferSchemaType } from "mongoose";

/**
 * A stored piece of a document's Yjs state that could not be applied when the document was
 * loaded, moved aside so the document loads without it. Kept for investigation (the secretariat
 * sees the list, without the bytes); nothing reads it back into a document.
 */
const quarantinedUpdateSchema = new mongoose.Schema({
  /** `<documentId>:<kind>:<seq>`: moving the same row aside twice (two loads racing) inserts it once. */
  _id: { type: String, required: true },
  documentId: { type: mongoose.Schema.Types.ObjectId, required: true },
  /** update: one stored update row; snapshot: the compacted state; pending: structs that waited for changes never stored. */
  kind: { type: String, enum: ["update", "snapshot", "pending"], required: true },
  seq: { type: Number, required: true },
  bytes: { type: Buffer, required: true },
  size: { type: Number, required: true },
  /** Who sent it, when the row records one author. */
  userId: { type: String, default: null },
  /** When the row had been stored, if known. */
  storedAt: { type: Date, default: null },
  quarantinedAt: { type: Date, required: true },
  error: { type: String, required: true },
});
quarantinedUpdateSchema.index({ quarantinedAt: -1 });

export type QuarantinedUpdateFields = InferSchemaType<typeof quarantinedUpdateSchema>;
export const QuarantinedUpdate = mongoose.model("QuarantinedUpdate", quarantinedUpdateSchema);
