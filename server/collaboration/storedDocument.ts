import * as Y from "yjs";
import { describe, takePending, TrialReplica } from "./trialReplica";

/** One stored piece of a document: its snapshot, an update stored after it, or a segment (merged updates). */
export interface StoredRow {
  kind: "snapshot" | "segment" | "update";
  seq: number;
  bytes: Uint8Array;
  /** Who sent it (updates of one author), if known. */
  userId: string | null;
  at: Date | null;
  /** A segment's first and last update row. */
  fromRow?: number;
  toRow?: number;
}

/** A stored row the document was loaded without; `pending` is what waited for missing changes. */
export interface RejectedRow {
  kind: StoredRow["kind"] | "pending";
  seq: number;
  bytes: Uint8Array;
  userId: string | null;
  at: Date | null;
  fromRow?: number;
  toRow?: number;
  error: string;
}

export interface BuiltDocument {
  ydoc: Y.Doc;
  rejected: RejectedRow[];
}

/**
 * Builds a document from its stored rows (snapshot first, then updates in sequence order) so that
 * no row can stop it from loading.
 *
 * Fast path: all rows applied in one transaction. Only if that throws is the document
 * rebuilt row by row, each row tried on a trial copy first (a throw half-way through an apply
 * leaves the document partly changed); a row that throws is left out. Whatever is still waiting
 * for missing changes at the end (pending structs or deletions) is taken out too, so it cannot
 * integrate, unchecked, when a later update happens to supply what it waits for.
 */
export function buildStoredDocument(rows: StoredRow[]): BuiltDocument {
  const fast = new Y.Doc();
  try {
    // One transaction, not Y.mergeUpdates: merging 10,000 keystrokes takes seconds, applying them
    // in one transaction tens of milliseconds (`npm run bench:yjs-merge`).
    Y.transact(fast, () => rows.forEach((row) => Y.applyUpdate(fast, row.bytes)));
    return { ydoc: fast, rejected: withoutPending(fast, rows) };
  } catch {
    fast.destroy();
  }
  const ydoc = new Y.Doc();
  const trial = new TrialReplica(ydoc);
  const rejected: RejectedRow[] = [];
  for (const row of rows) {
    const problem = trial.try(row.bytes, { allowIncomplete: true });
    if (problem) rejected.push({ ...row, error: problem.message });
    else Y.applyUpdate(ydoc, row.bytes);
  }
  trial.destroy();
  return { ydoc, rejected: [...rejected, ...withoutPending(ydoc, rows)] };
}

function withoutPending(ydoc: Y.Doc, rows: StoredRow[]): RejectedRow[] {
  let bytes: Uint8Array | null;
  try {
    bytes = takePending(ydoc);
  } catch (error) {
    // Cannot even be re-encoded: drop it all the same, and keep the message.
    ydoc.store.pendingStructs = null;
    ydoc.store.pendingDs = null;
    return [{ kind: "pending", seq: rows.at(-1)?.seq ?? 0, bytes: new Uint8Array(0), userId: null, at: null, error: describe(error) }];
  }
  if (!bytes) return [];
  return [{ kind: "pending", seq: rows.at(-1)?.seq ?? 0, bytes, userId: null, at: null, error: "waits for changes that were never stored" }];
}
