import mongoose from "mongoose";

/** The compacted state of a document: every update up to and including `seq`. */
const documentSnapshotSchema = new mongoose.Schema({
  _id: { type: mongoose.Schema.Types.ObjectId, required: true },
  seq: { type: Number, required: true },
  state: { type: Buffer, required: true },
  at: { type: Date, required: true },
});

export const DocumentSnapshot = mongoose.model("DocumentSnapshot", documentSnapshotSchema);
