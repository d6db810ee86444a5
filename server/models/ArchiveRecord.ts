import mongoose, { type InferSchemaType } from "mongoose";
import { AGENDA_TAGS, DECISION_METHODS, DECISION_OUTCOMES, VICTIM_NOTE_KINDS } from "../../shared/meetings";

/**
 * One immutable, hash-chained archive record: a finalised decision, or an amendment that corrects
 * one. Nothing in the application updates or deletes these; the model refuses it, and the chain
 * (server/archive/archiveChain.ts) shows any change made behind its back.
 */
const archiveRecordSchema = new mongoose.Schema({
  /** 2: hashed with HMAC-SHA-256 under the audit key, year included; absent on records from before. */
  v: { type: Number, default: null },
  seq: { type: Number, required: true },
  number: { type: String, required: true },
  year: { type: Number, required: true },
  kind: { type: String, enum: ["decision", "amendment"], required: true },
  /** Idempotency: "decision:<id>" or "amendment:<random>", so a re-run finaliser adds nothing twice. */
  sourceKey: { type: String, required: true },
  amends: { type: String, default: null },
  meetingId: { type: String, required: true },
  meetingTitle: { type: String, required: true },
  meetingDate: { type: Date, required: true },
  itemTitle: { type: String, default: "" },
  text: { type: String, required: true },
  outcome: { type: String, enum: DECISION_OUTCOMES, required: true },
  method: { type: String, enum: DECISION_METHODS, required: true },
  /** JSON of { votes, votesByCountry }: free-form keys never become field names. */
  votes: { type: String, default: "null" },
  victimNoteKind: { type: String, enum: VICTIM_NOTE_KINDS, required: true },
  victimNote: { type: String, required: true },
  tags: { type: [String], enum: AGENDA_TAGS, default: [] },
  recordedBy: { type: String, default: "" },
  recordedById: { type: String, default: null },
  archivedAt: { type: Date, required: true },
  archivedBy: { type: String, default: "" },
  archivedById: { type: String, default: null },
  reason: { type: String, default: "" },
  prevHash: { type: String, required: true },
  hash: { type: String, required: true },
});
archiveRecordSchema.index({ seq: 1 }, { unique: true });
archiveRecordSchema.index({ number: 1 }, { unique: true });
archiveRecordSchema.index({ sourceKey: 1 }, { unique: true });
archiveRecordSchema.index({ meetingDate: -1, seq: -1 }); // the search's order
archiveRecordSchema.index({ meetingId: 1 });
archiveRecordSchema.index({ amends: 1 });

const immutable = () => {
  throw new Error("archive records cannot be changed; record an amendment instead");
};
for (const operation of ["updateOne", "updateMany", "findOneAndUpdate", "replaceOne", "findOneAndReplace", "deleteOne", "deleteMany", "findOneAndDelete"] as const) {
  archiveRecordSchema.pre(operation, immutable);
}
archiveRecordSchema.pre("save", function () {
  if (!this.isNew) immutable();
});

export type ArchiveRecordFields = InferSchemaType<typeof archiveRecordSchema>;
export const ArchiveRecord = mongoose.model("ArchiveRecord", archiveRecordSchema);
