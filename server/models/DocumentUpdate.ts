import mongoose from "mongoose";

/**
 * One accepted batch of Yjs updates, merged, in arrival order per document. Compaction folds them
 * into a snapshot. `_id` is `<documentId>:<row>` (see updateLog.ts), so a load can find a row by
 * `_id` alone; rows stored before row numbers have an ObjectId and no `row`, and are read by query.
 */
const documentUpdateSchema = new mongoose.Schema({
  _id: { type: mongoose.Schema.Types.Mixed, required: true },
  documentId: { type: mongoose.Schema.Types.ObjectId, required: true },
  row: { type: Number },
  /**
   * The `_id` of the segment the row belongs to: sweeps delete by it (no index: the collection only
   * holds the rows after each document's last segment and those of the last few seconds).
   */
  segment: { type: String },
  seq: { type: Number, required: true },
  update: { type: Buffer, required: true },
  userId: { type: String, default: null },
  at: { type: Date, required: true },
});

export const DocumentUpdate = mongoose.model("DocumentUpdate", documentUpdateSchema);

/** The index that serves the queries by document (rows from before row numbers, removal, compaction's sweep). */
export const ROWS_BY_DOCUMENT_INDEX = "documentId_1_seq_1";

/**
 * Creates the rows-by-document index on MongoDB and drops it on FerretDB (databases made before
 * this choice have it). Not in the schema, so that mongoose does not build it everywhere:
 * FerretDB v1 never uses an index for those queries (only `_id` equality reaches SQLite, and
 * decodes every row anyway) but keeps it up to date on every insert, about a quarter of an
 * insert's cost (44 instead of 60 µs of its CPU a row, 200-row inserts). Rows need no other
 * guard: their `_id` is `<documentId>:<row>`, so a row number written twice fails as a duplicate.
 */
export async function ensureDocumentUpdateIndexes(onFerretDB: boolean): Promise<void> {
  if (!onFerretDB) {
    await DocumentUpdate.collection.createIndex({ documentId: 1, seq: 1 }, { name: ROWS_BY_DOCUMENT_INDEX, unique: true });
    return;
  }
  // No collection yet (NamespaceNotFound): nothing to drop. Any other failure stops the start.
  const present = await DocumentUpdate.collection.indexExists(ROWS_BY_DOCUMENT_INDEX).catch((error: { code?: number }) => {
    if (error.code === 26) return false;
    throw error;
  });
  if (present) await DocumentUpdate.collection.dropIndex(ROWS_BY_DOCUMENT_INDEX);
}
