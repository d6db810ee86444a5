import mongoose from "mongoose";
import * as Y from "yjs";
import { DocumentSnapshot } from "../models/DocumentSnapshot";
import { DocumentUpdate } from "../models/DocumentUpdate";
import { DocumentSegment } from "../models/DocumentSegment";
import { buildStoredDocument, type BuiltDocument, type RejectedRow, type StoredRow } from "./storedDocument";
import { SEGMENT_ROWS, segmentId, segmentOfRow, type SegmentRow, UpdateLog, type UpdateRow, updateRowId } from "./updateLog";

export interface StoredState {
  /** The whole document as one Yjs update (snapshot merged with every later update that applies). */
  state: Uint8Array;
  /** The highest sequence number stored, snapshot included. */
  seq: number;
  /** Updates stored after the snapshot. */
  pendingUpdates: number;
  /** Rows left out because they cannot be applied (see buildStoredDocument). */
  rejected: RejectedRow[];
}

/** A snapshot written up to `seq` and `row`: the rows and segments under it may go. */
export interface Fold {
  documentId: string;
  seq: number;
  row: number;
}

export interface NewUpdate {
  seq: number;
  update: Uint8Array;
  userId: string | null;
}

/** What a load read: the rows to build the document from, and where writing continues. */
export interface DocumentRead {
  rows: StoredRow[];
  /** The highest seq reserved for update rows (undefined: not known). */
  reservedSeq: number | undefined;
  /** The row numbering to continue with, holding the updates of the segment not yet complete. */
  log: UpdateLog;
  /** False: the snapshot predates row numbers, the rows were read by query; compacting numbers it. */
  numbered: boolean;
  /** Update rows stored after the snapshot. */
  updates: number;
}

interface StoredUpdateRow {
  _id: unknown;
  row?: number;
  seq: number;
  update: unknown;
  userId?: string | null;
  at: Date;
}

/** Row lookups in flight at once while reading the rows after the last segment. */
const PROBES_AT_ONCE = 4;

const oid = (id: string) => new mongoose.Types.ObjectId(id);
/** A Yjs update that changes nothing: the state of an empty document. */
const EMPTY_STATE = Y.encodeStateAsUpdate(new Y.Doc());

/**
 * Durable storage of a document's Yjs state: a snapshot plus the updates accepted since, as
 * numbered rows and, every SEGMENT_ROWS rows, a segment folding them (updateLog.ts). No
 * multi-document transactions are needed: compaction writes the snapshot first and deletes the
 * folded updates after, so a crash in between only leaves updates that Yjs applies idempotently.
 */
export const documentStore = {
  /** The snapshot (if any) and the updates after it, in the order they must be applied. */
  async readRows(documentId: string): Promise<StoredRow[]> {
    return (await documentStore.readDocument(documentId)).rows;
  },

  /**
   * The rows, the reserved bound and the row numbering. A compacted document (nothing reserved
   * beyond its snapshot) costs one `_id` lookup. Otherwise: its segments, in one query of their
   * small collection, then the rows after the last one, each by `_id` until two in a row are
   * missing (one may be, when a write failed and the next one did not). FerretDB v1 costs a pass
   * over the whole update collection for every read of it, and decodes every row for any filter
   * but `_id` equality, so the update collection is only queried for documents stored before row
   * numbers (and when a segment cannot be applied, see build). The rows a segment covers are
   * deleted once it is stored (sweep), which keeps the update collection small and those
   * lookups cheap.
   */
  async readDocument(documentId: string): Promise<DocumentRead> {
    const snapshot = await DocumentSnapshot.findById(oid(documentId)).lean();
    const fromSeq = snapshot?.seq ?? 0;
    const reservedSeq = snapshot?.reservedSeq ?? undefined;
    const folded = snapshot?.row ?? undefined;
    const rows: StoredRow[] = [];
    if (snapshot) rows.push({ kind: "snapshot", seq: snapshot.seq, bytes: toBytes(snapshot.state), userId: null, at: snapshot.at });
    if (reservedSeq !== undefined && reservedSeq <= fromSeq) return { rows, reservedSeq, log: new UpdateLog(documentId, folded ?? 0), numbered: folded !== undefined, updates: 0 };
    const updates = folded === undefined ? await queryRowsAndSegments(documentId, fromSeq, rows) : await readSegmentsAndRows(documentId, folded, rows);
    for (const u of updates) rows.push(rowOf(u));
    const lastRow = rows.reduce((max, r) => Math.max(max, r.toRow ?? 0), folded ?? 0);
    // The updates of the rows after the last segment boundary, for the segment that ends the next one.
    const boundary = lastRow - (lastRow % SEGMENT_ROWS);
    const open = updates.filter((u) => (u.row ?? 0) > Math.max(boundary, folded ?? 0));
    const log = new UpdateLog(documentId, lastRow, open.map((u) => toBytes(u.update)), Math.max(boundary, folded ?? 0) + 1);
    // No snapshot and nothing stored: a new document, numbered from 1 (its first write creates the snapshot with row 0).
    const numbered = folded !== undefined || (!snapshot && rows.length === 0);
    return { rows, reservedSeq, log, numbered, updates: folded !== undefined ? lastRow - folded : updates.length };
  },

  /**
   * Reads and builds the document; rows that cannot be applied are left out and returned. A segment
   * that cannot be applied is read again as its rows where they are still stored (so only rows at
   * fault are left out); one whose rows were already deleted is left out itself.
   */
  async build(documentId: string): Promise<{ read: DocumentRead } & BuiltDocument> {
    const read = await documentStore.readDocument(documentId);
    const built = buildStoredDocument(read.rows);
    const bad = built.rejected.filter((row) => row.kind === "segment");
    if (bad.length === 0) return { read, ...built };
    built.ydoc.destroy();
    const stored = await queryUpdates(documentId, read.rows[0]?.kind === "snapshot" ? read.rows[0].seq : 0);
    const rowsOf = (segment: StoredRow) => stored.filter((u) => u.row !== undefined && u.row >= segment.fromRow! && u.row <= segment.toRow!).map((u) => rowOf(u));
    const rows = read.rows.flatMap((row) => {
      if (row.kind !== "segment" || !bad.some((b) => b.toRow === row.toRow)) return [row];
      const instead = rowsOf(row);
      return instead.length > 0 ? instead : [row];
    });
    return { read: { ...read, rows }, ...buildStoredDocument(rows) };
  },

  /**
   * The stored document, read-only: rows that cannot be applied are left out (and returned), not
   * moved aside; the collaboration hub's load does that (persistence extension).
   */
  async load(documentId: string): Promise<StoredState> {
    const { read, ydoc, rejected } = await documentStore.build(documentId);
    const state = Y.encodeStateAsUpdate(ydoc);
    ydoc.destroy();
    return { state, seq: highestSeq(read.rows), pendingUpdates: read.updates, rejected };
  },

  /**
   * Stores one document's updates, one row each, as the server's write path does: seqs reserved
   * first, rows numbered after the stored ones, and a segment every SEGMENT_ROWS rows.
   */
  async append(documentId: string, updates: NewUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    const { log } = await documentStore.readDocument(documentId);
    await documentStore.reserve(documentId, Math.max(...updates.map((u) => u.seq)));
    const written = updates.map((u) => log.next(u.seq, u.update, u.userId));
    await documentStore.appendRows(written.map((w) => w.row));
    const segments = written.flatMap((w) => (w.segment ? [w.segment] : []));
    if (await documentStore.appendSegments(segments)) await documentStore.sweep(segments);
  },

  /**
   * Promises that update rows up to `seq` may exist (never lowers the bound): written, and
   * awaited, before any such row, so a load that finds the bound at its snapshot can skip looking.
   * Creates an empty snapshot at seq 0 for a document that has none.
   */
  async reserve(documentId: string, seq: number): Promise<void> {
    await DocumentSnapshot.updateOne(
      { _id: oid(documentId) },
      { $max: { reservedSeq: seq }, $setOnInsert: { seq: 0, row: 0, state: Buffer.from(EMPTY_STATE), at: new Date() } },
      { upsert: true },
    );
  },

  /**
   * Lowers the bound to the snapshot's seq once nothing beyond it is stored or being written (the
   * caller knows: the document is compacted and idle), so the next load is one lookup. `row` is the
   * last row numbered: a row numbered after the compaction began may still be stored with seqs the
   * snapshot holds, and that load then starts numbering after it (never reusing its `_id`).
   */
  async release(documentId: string, seq: number, row: number): Promise<void> {
    await DocumentSnapshot.updateOne({ _id: oid(documentId) }, { $set: { reservedSeq: seq }, $max: { row } });
  },

  /**
   * Stores rows of any number of documents in one insert (see GroupCommit); resolves once the
   * database has them all. Ordered: on a failure the rows after it are not written, and the caller
   * treats the whole write as failed (rows already written are then stored but not acknowledged,
   * which a reload or a resend takes as it is: Yjs applies an update twice as once).
   */
  async appendRows(rows: UpdateRow[]): Promise<void> {
    if (rows.length === 0) return;
    const at = new Date();
    // The driver straight away: mongoose's casting costs CPU per row and adds nothing here.
    await DocumentUpdate.collection.insertMany(
      withOwnIds(rows.map((r) => ({ _id: updateRowId(r.documentId, r.row), documentId: oid(r.documentId), row: r.row, segment: segmentOfRow(r.documentId, r.row), seq: r.seq, update: bufferOf(r.update), userId: r.userId, at }))),
      { ordered: true },
    );
  },

  /**
   * Stores segments of any number of documents in one insert. A segment folds rows already stored,
   * so no acknowledgement waits for it. False if one was there already (written before a reload,
   * maybe from other rows): the rows are then not to be swept.
   */
  async appendSegments(segments: SegmentRow[]): Promise<boolean> {
    if (segments.length === 0) return true;
    const at = new Date();
    try {
      await DocumentSegment.collection.insertMany(
        withOwnIds(segments.map((s) => ({ _id: segmentId(s.documentId, s.toRow), documentId: oid(s.documentId), fromRow: s.fromRow, toRow: s.toRow, seq: s.seq, update: bufferOf(s.update), at }))),
        { ordered: false },
      );
    } catch (error) {
      if (!onlyDuplicates(error)) throw error;
      return false;
    }
    return true;
  },

  /**
   * Deletes what is folded elsewhere, for any number of documents, in one delete per collection:
   * the update rows of stored segments (only once they are stored: they then hold those rows'
   * updates), and the rows and segments under a written snapshot. On FerretDB v1 a delete decodes
   * the whole collection once whatever it deletes, so the server gathers these every few seconds
   * (rowSweeper.ts): a delete per compaction made 200 documents compacting at about the same time
   * decode the collection 400 times, and the database stalled. A crash before a sweep only leaves
   * rows that no load reads (they lie under a segment or the snapshot) and a later sweep deletes.
   */
  async sweep(segments: SegmentRow[], folds: Fold[] = [], options: { rowsUnder?: boolean } = {}): Promise<void> {
    // The rows of stored segments by the segment each row belongs to: one condition, so FerretDB v1
    // tests each row once against a list of segment ids. An `_id: {$in}` of every row (tried
    // first) cost 4.1 s of its CPU to delete 12,800 of 18,000 rows, and one `$or` range a document
    // 7.7 s (each branch is a separate pass over the row); this costs 1.1 s, about what decoding
    // the rows costs anyway (bench figures in the README).
    const rows: object[] = segments.length > 0 ? [{ segment: { $in: segments.map((s) => segmentId(s.documentId, s.toRow)) } }] : [];
    if (options.rowsUnder) {
      for (const { documentId, seq, row } of folds) {
        // Rows from before row numbers have no `row`; a row numbered after the compaction began stays.
        rows.push({ documentId: oid(documentId), row: { $lte: row } }, { documentId: oid(documentId), seq: { $lte: seq }, row: { $exists: false } });
      }
    }
    if (rows.length > 0) await DocumentUpdate.collection.deleteMany(rows.length === 1 ? rows[0]! : { $or: rows as never[] });
    if (folds.length > 0) await DocumentSegment.collection.deleteMany({ $or: folds.map(({ documentId, row }) => ({ documentId: oid(documentId), toRow: { $lte: row } })) as never[] });
  },

  /**
   * Writes a snapshot of `state` folding everything up to `seq` and the rows up to `row`; a row
   * numbered later may hold seqs up to `seq` too (its batch was waiting): it stays, and applies as
   * a no-op. The rows and segments it folds are deleted by a sweep (or compact() at once).
   */
  async writeSnapshot(documentId: string, state: Uint8Array, seq: number, row: number): Promise<void> {
    await DocumentSnapshot.updateOne(
      { _id: oid(documentId) },
      // A new snapshot row: no update row beyond it can exist unreserved (reserve() comes first).
      { $set: { seq, row, state: Buffer.from(state), at: new Date() }, $setOnInsert: { reservedSeq: seq } },
      { upsert: true },
    );
  },

  /** Writes the snapshot and deletes what it folds at once. */
  async compact(documentId: string, state: Uint8Array, seq: number, row: number): Promise<void> {
    await documentStore.writeSnapshot(documentId, state, seq, row);
    await documentStore.sweep([], [{ documentId, seq, row }], { rowsUnder: true });
  },

  async remove(documentId: string): Promise<void> {
    await DocumentUpdate.deleteMany({ documentId: oid(documentId) });
    await DocumentSegment.deleteMany({ documentId: oid(documentId) });
    await DocumentSnapshot.deleteOne({ _id: oid(documentId) });
  },
};

/** Today's query of a document's rows after `fromSeq`, for documents stored before row numbers. */
async function queryUpdates(documentId: string, fromSeq: number): Promise<StoredUpdateRow[]> {
  // Through the driver in large batches and sorted here: FerretDB v1 sorts in memory anyway, and
  // mongoose adds a pass over every row (10,000 rows of one document: ~0.1 s less).
  const updates = await DocumentUpdate.collection
    .find<StoredUpdateRow>({ documentId: oid(documentId), seq: { $gt: fromSeq } }, { projection: { _id: 1, row: 1, seq: 1, update: 1, userId: 1, at: 1 }, batchSize: 10_000 })
    .toArray();
  return updates.sort((a, b) => a.seq - b.seq);
}

/**
 * A snapshot from before row numbers: every row after it by query, and every segment too (rows
 * written since, numbered from 1, may already be folded into one and deleted). Unnumbered rows
 * come back; segments are pushed onto `rows`. All of them apply in any order (Yjs).
 */
async function queryRowsAndSegments(documentId: string, fromSeq: number, rows: StoredRow[]): Promise<StoredUpdateRow[]> {
  const [updates, segments] = await Promise.all([queryUpdates(documentId, fromSeq), segmentsAfter(documentId, 0)]);
  for (const segment of segments) rows.push(segmentOf(segment));
  return updates;
}

/**
 * The segments after row `folded`, pushed onto `rows` in order, and the update rows they do not
 * cover, returned. A segment is taken when it starts at or before the next row wanted (it may
 * start earlier: rows up to the snapshot are in it twice, harmlessly); where none does (not
 * written yet, or lost in a crash), the rows are read one by one by `_id`.
 */
async function readSegmentsAndRows(documentId: string, folded: number, rows: StoredRow[]): Promise<StoredUpdateRow[]> {
  const updates: StoredUpdateRow[] = [];
  let last = folded;
  let missing = 0;
  let segments: StoredSegment[] = await segmentsAfter(documentId, folded);
  let next = 0;
  for (;;) {
    while (next < segments.length && segments[next]!.toRow <= last) next++;
    const segment = segments[next];
    if (segment && (segment.fromRow <= last + 1 || missing >= 2)) {
      rows.push(segmentOf(segment));
      last = segment.toRow;
      missing = 0;
      continue;
    }
    if (missing >= 2) {
      // The rows end here, unless the segment holding the next one was stored (and its rows swept)
      // while they were read: segments end at multiples of SEGMENT_ROWS, so it is this one.
      const late = await DocumentSegment.collection.findOne<StoredSegment>({ _id: segmentId(documentId, Math.ceil((last + 1) / SEGMENT_ROWS) * SEGMENT_ROWS) as never });
      if (!late) break;
      segments = [late];
      next = 0;
      continue;
    }
    const wanted = Array.from({ length: PROBES_AT_ONCE }, (_, i) => last + missing + 1 + i);
    // By `_id` alone and without projection: the only read FerretDB v1 does not decode every row for.
    const found = await Promise.all(wanted.map((row) => DocumentUpdate.collection.findOne<StoredUpdateRow>({ _id: updateRowId(documentId, row) as never })));
    for (const [i, row] of found.entries()) {
      if (missing >= 2) break;
      if (!row) {
        missing++;
        continue;
      }
      updates.push(row);
      last = wanted[i]!;
      missing = 0;
    }
  }
  return updates;
}

interface StoredSegment {
  fromRow: number;
  toRow: number;
  seq: number;
  update: unknown;
  at: Date;
}

/** A document's segments after row `after`, in order: one query of the (small) segment collection. */
async function segmentsAfter(documentId: string, after: number): Promise<StoredSegment[]> {
  const segments = await DocumentSegment.collection
    .find<StoredSegment>({ documentId: oid(documentId), toRow: { $gt: after } }, { batchSize: 10_000 })
    .toArray();
  return segments.sort((a, b) => a.toRow - b.toRow);
}

const segmentOf = (s: StoredSegment): StoredRow => ({ kind: "segment", seq: s.seq, bytes: toBytes(s.update), userId: null, at: s.at, fromRow: s.fromRow, toRow: s.toRow });

const rowOf = (u: StoredUpdateRow): StoredRow => ({ kind: "update", seq: u.seq, bytes: toBytes(u.update), userId: u.userId ?? null, at: u.at, ...(u.row === undefined ? {} : { fromRow: u.row, toRow: u.row }) });

function highestSeq(rows: StoredRow[]): number {
  return rows.reduce((max, row) => Math.max(max, row.seq), 0);
}

/** The driver types `_id` as an ObjectId; these rows bring their own string `_id`. */
const withOwnIds = (docs: Array<{ _id: string }>) => docs as unknown as Array<mongoose.mongo.OptionalId<mongoose.mongo.Document>>;

const bufferOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const onlyDuplicates = (error: unknown) => {
  const e = error as { code?: number; writeErrors?: Array<{ code?: number }> };
  return e.code === 11000 || (Array.isArray(e.writeErrors) && e.writeErrors.length > 0 && e.writeErrors.every((w) => w.code === 11000));
};

/** BSON binaries come back as mongodb Binary or Buffer depending on the path; normalise to bytes. */
export function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  const binary = value as { buffer?: Uint8Array; value?: () => Uint8Array };
  if (binary.buffer instanceof Uint8Array) return binary.buffer;
  if (typeof binary.value === "function") return binary.value();
  throw new Error("not binary data");
}
