import mongoose from "mongoose";
import { audit } from "../audit/auditLog";
import { DocumentModel } from "../models/Document";
import { QuarantinedUpdate } from "../models/QuarantinedUpdate";
import type { RejectedRow } from "./storedDocument";

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

/**
 * Moves rows a document was loaded without into the quarantine collection, auditing each once.
 * The caller then compacts the document, which rewrites its snapshot without them and deletes the
 * folded update rows; until then a reload finds the same rows again, and inserting them again is a
 * no-op (unique _id), so a crash in between leaves nothing half done.
 */
export async function quarantineRows(documentId: string, rows: RejectedRow[]): Promise<void> {
  if (rows.length === 0) return;
  const record = await DocumentModel.findById(documentId, { title: 1 }).lean();
  for (const row of rows) {
    try {
      await QuarantinedUpdate.create({
        _id: `${documentId}:${row.kind}:${row.seq}`,
        documentId: new mongoose.Types.ObjectId(documentId),
        // A segment (its rows already deleted, see documentStore.build) is their updates: listed as one.
        kind: row.kind === "segment" ? "update" : row.kind,
        seq: row.seq,
        bytes: Buffer.from(row.bytes),
        size: row.bytes.byteLength,
        userId: row.userId,
        storedAt: row.at,
        quarantinedAt: new Date(),
        error: row.kind === "segment" ? `rows ${row.fromRow}–${row.toRow} merged: ${row.error}` : row.error,
      });
    } catch (error) {
      if (isDuplicateKey(error)) continue;
      throw error;
    }
    await audit({
      action: "document.update_quarantined",
      target: { type: "document", id: documentId, label: record?.title ?? "" },
      result: "failure",
      details: { kind: row.kind, seq: row.seq, bytes: row.bytes.byteLength, sentBy: row.userId, error: row.error },
    });
  }
}
