import { createHash } from "node:crypto";
import mongoose from "mongoose";
import { findPersonalData } from "../../shared/personalData";
import type { AttachmentVersionFields } from "../models/Attachment";
import { AttachmentText } from "../models/AttachmentChunk";
import { CHUNK_SIZE, writeChunks } from "./chunkStore";
import { detectMediaType } from "./fileType";
import { extractAttachmentText } from "./textExtraction";

/**
 * Checks and stores one uploaded file: type from the content (415 otherwise), bytes in chunks,
 * extracted text apart, the kinds of personal data in it. Returns the version to add.
 */
export async function writeVersion(attachmentId: string, data: Buffer, name: string, uploadedBy: string): Promise<AttachmentVersionFields> {
  const mediaType = await detectMediaType(data);
  const text = await extractAttachmentText(data, mediaType);
  const personalDataKinds = [...new Set(findPersonalData(text).map((f) => f.kind))];
  const id = new mongoose.Types.ObjectId().toHexString();
  const chunkCount = await writeChunks(id, data);
  if (text) await AttachmentText.create({ _id: id, attachmentId, text });
  return {
    id,
    name,
    mediaType,
    size: data.length,
    sha256: createHash("sha256").update(data).digest("hex"),
    chunkSize: CHUNK_SIZE,
    chunkCount,
    uploadedBy,
    uploadedAt: new Date(),
    personalDataKinds,
  };
}
