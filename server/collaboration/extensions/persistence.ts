import * as Y from "yjs";
import { DOCUMENT_LIMITS } from "../../../shared/documents";
import { documentStore } from "../documentStore";
import { GroupCommit } from "../groupCommit";
import { RowSweeper } from "../rowSweeper";
import { type SegmentRow, UpdateLog, type UpdateRow } from "../updateLog";
import { SeqReservation } from "../seqReservation";
import { quarantineRows } from "../quarantine";
import type { ServedDocument } from "../servedDocument";
import { withTimeout } from "../storageTimeout";
import type { CollaborationExtension } from "../types";

export interface PersistenceOptions {
  compactEvery?: number;
  /** Longest wait for one database operation; beyond it the operation counts as failed. */
  timeoutMs?: number;
}

/**
 * Loads a document as snapshot + later updates, stores each accepted update before it is
 * acknowledged, and compacts the updates into a snapshot every N updates and when the last editor
 * leaves, so loads stay fast however long a document has been edited. Rows that cannot be applied
 * are moved to the quarantine and the document is compacted without them.
 */
export function persistenceExtension(options: PersistenceOptions = {}): CollaborationExtension {
  const compactEvery = options.compactEvery ?? DOCUMENT_LIMITS.compactEvery;
  const timeoutMs = options.timeoutMs ?? 10_000;

  // Writes still running per document, including those whose wait timed out: a reload waits for
  // them, so a late write cannot land after the reload read the highest sequence number (its seq
  // would then collide with the next update's).
  const running = new Map<string, Set<Promise<unknown>>>();
  const write = <T>(documentId: string, what: string, operation: Promise<T>): Promise<T> => {
    const set = running.get(documentId) ?? new Set();
    running.set(documentId, set);
    const settled = operation.then(
      () => undefined,
      () => undefined,
    );
    set.add(settled);
    void settled.then(() => {
      set.delete(settled);
      if (set.size === 0 && running.get(documentId) === set) running.delete(documentId);
    });
    return withTimeout(operation, timeoutMs, what);
  };
  const writesSettled = (documentId: string) =>
    withTimeout(Promise.all([...(running.get(documentId) ?? [])]).then(() => undefined), timeoutMs, "earlier writes of the document");

  // Every document's batch of this turn goes into one insert (group commit across documents); the
  // segments completed go into one insert of their own, which no acknowledgement waits for.
  const groupCommit = new GroupCommit<UpdateRow>((rows) => documentStore.appendRows(rows));
  const segmentCommit = new GroupCommit<SegmentRow>(async (segments) => {
    if (await documentStore.appendSegments(segments)) sweeper.add(segments);
  });
  const sweeper = new RowSweeper((segments, folds) => documentStore.sweep(segments, folds));

  const logs = new WeakMap<ServedDocument, UpdateLog>();
  const logOf = (doc: ServedDocument) => {
    if (!logs.has(doc)) logs.set(doc, new UpdateLog(doc.id, 0));
    return logs.get(doc)!;
  };

  const reservations = new WeakMap<ServedDocument, SeqReservation>();
  const reservationOf = (doc: ServedDocument) => {
    if (!reservations.has(doc)) reservations.set(doc, new SeqReservation(-1, 0));
    return reservations.get(doc)!;
  };

  const compactions = new WeakMap<ServedDocument, Promise<void>>();
  /**
   * One compaction at a time per document; a call while one runs gets that one. What the snapshot
   * folds is deleted at once, or with `later` by the next sweep (compactions while editing: 200
   * documents edited alike compact at about the same time).
   */
  const compact = (doc: ServedDocument, later = false): Promise<void> => {
    const current = compactions.get(doc);
    if (current) return current;
    if (doc.updatesSinceSnapshot === 0 || doc.broken) return Promise.resolve();
    const run = (async () => {
      const seq = doc.seq;
      // Every row numbered so far holds seqs up to doc.seq only, so the snapshot folds them all.
      const row = logOf(doc).lastRow;
      const state = Y.encodeStateAsUpdate(doc.ydoc);
      if (later) {
        await write(doc.id, "compacting the document", documentStore.writeSnapshot(doc.id, state, seq, row));
        sweeper.fold({ documentId: doc.id, seq, row });
      } else await write(doc.id, "compacting the document", documentStore.compact(doc.id, state, seq, row));
      reservationOf(doc).snapshotSeq = seq;
      // Updates accepted while the snapshot was written are still counted.
      doc.updatesSinceSnapshot = Math.max(0, doc.seq - seq);
    })().finally(() => compactions.delete(doc));
    compactions.set(doc, run);
    return run;
  };

  return {
    async onLoadDocument(doc) {
      await writesSettled(doc.id);
      const { read, ydoc, rejected } = await withTimeout(documentStore.build(doc.id), timeoutMs, "loading the document");
      const { rows, reservedSeq } = read;
      const snapshotSeq = rows[0]?.kind === "snapshot" ? rows[0].seq : 0;
      reservations.set(doc, new SeqReservation(reservedSeq ?? -1, snapshotSeq));
      logs.set(doc, read.log);
      doc.adopt(ydoc);
      doc.seq = rows.reduce((max, row) => Math.max(max, row.seq), 0);
      doc.updatesSinceSnapshot = read.updates;
      if (rejected.length > 0) {
        await withTimeout(quarantineRows(doc.id, rejected), timeoutMs, "moving rows to the quarantine");
        // Rewrites storage without them: a new snapshot, and the folded rows (bad ones too) deleted.
        doc.updatesSinceSnapshot = Math.max(1, doc.updatesSinceSnapshot);
        await compact(doc);
      } else if (doc.updatesSinceSnapshot >= compactEvery || !read.numbered) {
        // A document left with many uncompacted updates (e.g. after a crash) is compacted, so the
        // next load is fast again, and so is one stored before row numbers (the snapshot then
        // starts the numbering); in the background: the document is complete without it.
        doc.updatesSinceSnapshot = Math.max(1, doc.updatesSinceSnapshot);
        void compact(doc).catch(() => undefined);
      }
    },

    async onStoreUpdates(doc, entries) {
      // One row per document and batch, merged: the group's insert carries one row per document.
      const last = entries[entries.length - 1]!;
      const authors = new Set(entries.map((e) => e.userId));
      const update = entries.length === 1 ? last.update : Y.mergeUpdates(entries.map((e) => e.update));
      // Numbered at once, in the order the batches come (their seqs grow the same way).
      const { row, segment } = logOf(doc).next(last.seq, update, authors.size === 1 ? last.userId : null);
      await reservationOf(doc).cover(last.seq, (upTo) => write(doc.id, "reserving sequence numbers", documentStore.reserve(doc.id, upTo)));
      await write(doc.id, "storing updates", groupCommit.store(row));
      // Once its last row is stored (a failed write breaks the document: no segment then); nothing
      // waits for it, and losing it only means a later load reads its rows one by one.
      if (segment) void write(doc.id, "storing a segment", segmentCommit.store(segment)).catch(() => undefined);
    },

    onChange(doc) {
      if (doc.updatesSinceSnapshot >= compactEvery) return compact(doc, true);
    },

    /** When the last editor leaves and at shutdown: waits for a compaction already running, then compacts what came since. */
    async onStoreDocument(doc) {
      await compactions.get(doc)?.catch(() => undefined);
      await compact(doc);
      await writesSettled(doc.id).catch(() => undefined);
      // Compacted, and nothing else stored or on its way: the next load is one `_id` lookup.
      const reservation = reservationOf(doc);
      if (!doc.broken && doc.unstored === 0 && reservation.snapshotSeq === doc.seq && !running.has(doc.id)) {
        // Every row numbered so far holds seqs up to doc.seq only (nothing is unstored).
        const row = logOf(doc).lastRow;
        await reservation.release(doc.seq, (seq) => write(doc.id, "releasing sequence numbers", documentStore.release(doc.id, seq, row)));
      }
    },
  };
}
