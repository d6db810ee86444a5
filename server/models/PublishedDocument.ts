import mongoose from "mongoose";

/**
 * The frozen body of a document's published version (keyed by the document's id, so it is read by
 * `_id` alone). Written only by publishing through the personal-data guard (documentPublisher).
 */
const publishedDocumentSchema = new mongoose.Schema({
  _id: { type: mongoose.Schema.Types.ObjectId, required: true },
  /** The body as a Yjs update: what observers' read-only connections are served. */
  state: { type: Buffer, required: true },
  /** The body as ProseMirror JSON: what exports of the published version read. */
  content: { type: String, required: true },
  hash: { type: String, required: true },
  at: { type: Date, required: true },
});

export const PublishedDocument = mongoose.model("PublishedDocument", publishedDocumentSchema);
