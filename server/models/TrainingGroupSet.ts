import mongoose, { type InferSchemaType } from "mongoose";

const groupSchema = new mongoose.Schema({
  number: { type: Number, required: true },
  /** Registrations (TrainingRegistration ids) in this group. */
  registrationIds: { type: [String], default: [] },
  caseDocumentId: { type: String, default: null },
  goodPracticeDocumentId: { type: String, default: null },
});

/**
 * A training's mixed groups, one record per training keyed by the training's id: read and written
 * by `_id` alone (the one filter FerretDB v1 hands to SQLite), changed under the training's lock.
 */
const groupSetSchema = new mongoose.Schema({ _id: { type: String, required: true }, groups: { type: [groupSchema], default: [] } }, { timestamps: true });

export type TrainingGroupSetFields = InferSchemaType<typeof groupSetSchema>;
export type TrainingGroupFields = InferSchemaType<typeof groupSchema> & { _id: mongoose.Types.ObjectId };
export const TrainingGroupSet = mongoose.model("TrainingGroupSet", groupSetSchema);
