import mongoose from "mongoose";
import * as Y from "yjs";
import { DocumentSnapshot } from "../models/DocumentSnapshot";
import { DocumentUpdate } from "../models/DocumentUpdate";
import type { UpdateRow } from "./groupCommit";
import { buildStoredDocument, type RejectedRow, type StoredRow } from "./storedDocument";

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

export interface NewUpdate {
  seq: number;
  update: Uint8Array;
  userId: string | null;
}

const oid = (id: string) => new mongoose.Types.ObjectId(id);
/** A Yjs update that changes nothing: the state of an empty document. */
const EMPTY_STATE = Y.encodeStateAsUpdate(new Y.Doc());

/**
 * Durable storage of a document's Yjs state: a snapshot plus the updates accepted since. No
 * multi-document transactions are needed: compaction writes the snapshot first and deletes the
 * folded updates after, so a crash in between only leaves updates that Yjs applies idempotently.
 */
export const documentStore = {
  /** The snapshot (if any) and the updates after it, in the order they must be applied. */
  async readRows(documentId: string): Promise<StoredRow[]> {
    return (await documentStore.readDocument(documentId)).rows;
  },

  /**
   * The rows, and the highest seq reserved for update rows (undefined: not known). A compacted
   * document (nothing reserved beyond its snapshot) costs one `_id` lookup: FerretDB v1 decodes the
   * whole update collection for any other filter, so that query is only made when rows may exist.
   */
  async readDocument(documentId: string): Promise<{ rows: StoredRow[]; reservedSeq: number | undefined }> {
    const snapshot = await DocumentSnapshot.findById(oid(documentId)).lean();
    const fromSeq = snapshot?.seq ?? 0;
    const reservedSeq = snapshot?.reservedSeq ?? undefined;
    const rows: StoredRow[] = [];
    if (snapshot) rows.push({ kind: "snapshot", seq: snapshot.seq, bytes: toBytes(snapshot.state), userId: null, at: snapshot.at });
    if (reservedSeq !== undefined && reservedSeq <= fromSeq) return { rows, reservedSeq };
    // One query, through the driver in large batches and sorted here: FerretDB v1 sorts in memory
    // anyway, and mongoose adds a pass over every row (10,000 rows of one document: ~0.1 s less).
    const updates = await DocumentUpdate.collection
      .find<{ seq: number; update: unknown; userId?: string | null; at: Date }>(
        { documentId: oid(documentId), seq: { $gt: fromSeq } },
        { projection: { _id: 0, seq: 1, update: 1, userId: 1, at: 1 }, batchSize: 10_000 },
      )
      .toArray();
    updates.sort((a, b) => a.seq - b.seq);
    for (const u of updates) rows.push({ kind: "update", seq: u.seq, bytes: toBytes(u.update), userId: u.userId ?? null, at: u.at });
    return { rows, reservedSeq };
  },

  /**
   * The stored document, read-only: rows that cannot be applied are left out (and returned), not
   * moved aside; the collaboration hub's load does that (persistence extension).
   */
  async load(documentId: string): Promise<StoredState> {
    const rows = await documentStore.readRows(documentId);
    const { ydoc, rejected } = buildStoredDocument(rows);
    const updates = rows.filter((row) => row.kind === "update").length;
    const state = Y.encodeStateAsUpdate(ydoc);
    ydoc.destroy();
    return { state, seq: rows.at(-1)?.seq ?? 0, pendingUpdates: updates, rejected };
  },

  /** Stores one document's updates in one round trip, reserving their seqs first as the server does. */
  async append(documentId: string, updates: NewUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    await documentStore.reserve(documentId, Math.max(...updates.map((u) => u.seq)));
    await documentStore.appendRows(updates.map((u) => ({ documentId, ...u })));
  },

  /**
   * Promises that update rows up to `seq` may exist (never lowers the bound): written, and
   * awaited, before any such row, so a load that finds the bound at its snapshot can skip looking.
   * Creates an empty snapshot at seq 0 for a document that has none.
   */
  async reserve(documentId: string, seq: number): Promise<void> {
    await DocumentSnapshot.updateOne(
      { _id: oid(documentId) },
      { $max: { reservedSeq: seq }, $setOnInsert: { seq: 0, state: Buffer.from(EMPTY_STATE), at: new Date() } },
      { upsert: true },
    );
  },

  /**
   * Lowers the bound to the snapshot's seq once nothing beyond it is stored or being written (the
   * caller knows: the document is compacted and idle), so the next load is one lookup.
   */
  async release(documentId: string, seq: number): Promise<void> {
    await DocumentSnapshot.updateOne({ _id: oid(documentId) }, { $set: { reservedSeq: seq } });
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
      rows.map((r) => ({ documentId: oid(r.documentId), seq: r.seq, update: Buffer.from(r.update.buffer, r.update.byteOffset, r.update.byteLength), userId: r.userId, at })),
      { ordered: true },
    );
  },

  /** Folds everything up to `seq` into a snapshot of `state`. */
  async compact(documentId: string, state: Uint8Array, seq: number): Promise<void> {
    await DocumentSnapshot.updateOne(
      { _id: oid(documentId) },
      // A new snapshot row: no update row beyond it can exist unreserved (reserve() comes first).
      { $set: { seq, state: Buffer.from(state), at: new Date() }, $setOnInsert: { reservedSeq: seq } },
      { upsert: true },
    );
    await DocumentUpdate.deleteMany({ documentId: oid(documentId), seq: { $lte: seq } });
  },

  async remove(documentId: string): Promise<void> {
    await DocumentUpdate.deleteMany({ documentId: oid(documentId) });
    await DocumentSnapshot.deleteOne({ _id: oid(documentId) });
  },
};

/** BSON binaries come back as mongodb Binary or Buffer depending on the path; normalise to bytes. */
export function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  const binary = value as { buffer?: Uint8Array; value?: () => Uint8Array };
  if (binary.buffer instanceof Uint8Array) return binary.buffer;
  if (typeof binary.value === "function") return binary.value();
  throw new Error("not binary data");
}
