import mongoose, { type InferSchemaType } from "mongoose";

/** A point in a document's history: automatic, named, or the state a restore produced. */
const documentVersionSchema = new mongoose.Schema({
  documentId: { type: mongoose.Schema.Types.ObjectId, required: true },
  kind: { type: String, enum: ["auto", "named", "restore"], required: true },
  name: { type: String, default: null },
  state: { type: Buffer, required: true },
  authorIds: { type: [String], default: [] },
  createdAt: { type: Date, required: true },
});
documentVersionSchema.index({ documentId: 1, createdAt: -1 });

export type DocumentVersionFields = InferSchemaType<typeof documentVersionSchema>;
export const DocumentVersion = mongoose.model("DocumentVersion", documentVersionSchema);
