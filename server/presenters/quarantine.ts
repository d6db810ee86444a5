import type { PresentedQuarantinedUpdate } from "../../shared/types";
import type { QuarantinedUpdateFields } from "../models/QuarantinedUpdate";

type Row = Omit<QuarantinedUpdateFields, "bytes"> & { _id: string };

/** One quarantined row, without its bytes; titles and names come from one lookup each (no $lookup). */
export function presentQuarantinedUpdate(row: Row, titles: Map<string, string>, names: Map<string, string>): PresentedQuarantinedUpdate {
  const documentId = String(row.documentId);
  return {
    id: row._id,
    document: { id: documentId, title: titles.get(documentId) ?? null },
    kind: row.kind,
    seq: row.seq,
    size: row.size,
    sentBy: row.userId ? { id: row.userId, name: names.get(row.userId) ?? "" } : null,
    storedAt: row.storedAt ? row.storedAt.toISOString() : null,
    quarantinedAt: row.quarantinedAt.toISOString(),
    error: row.error,
  };
}
