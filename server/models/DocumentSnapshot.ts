import mongoose from "mongoose";

/**
 * The compacted state of a document: every update up to and including `seq`. Its `_id` is the
 * document's, so a load starts with the one lookup FerretDB takes straight to SQLite.
 * `reservedSeq` bounds the update rows: none is stored with a higher seq (the server reserves
 * before it writes, see documentStore.reserve). When it is not above `seq`, the document has no
 * update rows and its load reads nothing else; missing means unknown (look). `row` is the last
 * update row number folded in: later rows are numbered from `row + 1` (missing: written before
 * row numbers, read the rows by query).
 */
const documentSnapshotSchema = new mongoose.Schema({
  _id: { type: mongoose.Schema.Types.ObjectId, required: true },
  seq: { type: Number, required: true },
  state: { type: Buffer, required: true },
  at: { type: Date, required: true },
  reservedSeq: { type: Number },
  row: { type: Number },
});

export const DocumentSnapshot = mongoose.model("DocumentSnapshot", documentSnapshotSchema);
