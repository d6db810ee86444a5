import mongoose from "mongoose";

/**
 * The bytes of an attachment version in numbered chunks. Not GridFS: on FerretDB v1 GridFS works,
 * but its chunk query (`files_id` + `n`) decodes every chunk of every file, so reading a 64 KB file
 * took 3.5 s with 140 MB stored (README, FerretDB table). Here each chunk's `_id` is `<versionId>:<n>`
 * and is read by `_id` alone, the one filter FerretDB hands to SQLite; the unique (fileId, n) index
 * keeps the same guarantee on MongoDB.
 */
const chunkSchema = new mongoose.Schema({
  _id: { type: String, required: true },
  fileId: { type: String, required: true },
  n: { type: Number, required: true },
  data: { type: Buffer, required: true },
});
chunkSchema.index({ fileId: 1, n: 1 }, { unique: true });

export const AttachmentChunk = mongoose.model("AttachmentChunk", chunkSchema);

/** Extracted text of a version (for search and the personal-data guard), apart so lists stay small. */
const textSchema = new mongoose.Schema({
  _id: { type: String, required: true },
  attachmentId: { type: String, required: true },
  text: { type: String, default: "" },
});
export const AttachmentText = mongoose.model("AttachmentText", textSchema);
