import type mongoose from "mongoose";
import { DocumentVersion } from "../models/DocumentVersion";

/**
 * A version's number in its document's history, 1 being the oldest: how people name it ("version
 * 3", in the list and in the restore notice). Counted, not stored, so versions need no sequence.
 */
export function versionNumber(version: { documentId: mongoose.Types.ObjectId; createdAt: Date }): Promise<number> {
  return DocumentVersion.countDocuments({ documentId: version.documentId, createdAt: { $lte: version.createdAt } });
}

/** Numbers for a newest-first page of versions: counted only when the page did not hold them all. */
export async function listNumbers(documentId: mongoose.Types.ObjectId, pageLength: number, limit: number): Promise<(index: number) => number> {
  const total = pageLength < limit ? pageLength : await DocumentVersion.countDocuments({ documentId });
  return (index) => total - index;
}
