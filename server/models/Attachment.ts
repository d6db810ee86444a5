import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";
import { ATTACHMENT_TARGET_KINDS, ATTACHMENT_TYPES } from "../../shared/attachments";
import { CLASSIFICATIONS } from "../../shared/documents";

/** One uploaded file; its bytes are in AttachmentChunk under `<id>:<n>`, its text in AttachmentText. */
const versionSchema = new mongoose.Schema(
  {
    id: { type: String, required: true },
    name: { type: String, required: true },
    mediaType: { type: String, enum: Object.keys(ATTACHMENT_TYPES), required: true },
    size: { type: Number, required: true },
    sha256: { type: String, required: true },
    chunkSize: { type: Number, required: true },
    chunkCount: { type: Number, required: true },
    uploadedBy: { type: String, required: true },
    uploadedAt: { type: Date, required: true },
    /** Kinds of personal data the extracted text holds (empty: none found, or no text). */
    personalDataKinds: { type: [String], default: [] },
  },
  { _id: false },
);

/**
 * A file attached to a document, a meeting (or one of its agenda items) or a training (or one of
 * its programme sessions), with all its versions, newest last (old versions are kept).
 */
const attachmentSchema = new mongoose.Schema(
  {
    targetKind: { type: String, enum: ATTACHMENT_TARGET_KINDS, required: true },
    targetId: { type: String, required: true },
    itemId: { type: String, default: null },
    classification: { type: String, enum: CLASSIFICATIONS, required: true },
    createdBy: { type: String, required: true },
    versions: { type: [versionSchema], default: [] },
    deletedAt: { type: Date, default: null },
    deletedBy: { type: String, default: null },
  },
  { timestamps: true },
);
attachmentSchema.index({ targetKind: 1, targetId: 1 });

export type AttachmentFields = InferSchemaType<typeof attachmentSchema>;
export type AttachmentRecord = HydratedDocument<AttachmentFields>;
/** A version as stored (plain fields). */
export interface AttachmentVersionFields {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  chunkSize: number;
  chunkCount: number;
  uploadedBy: string;
  uploadedAt: Date;
  personalDataKinds: string[];
}
export const Attachment = mongoose.model("Attachment", attachmentSchema);
