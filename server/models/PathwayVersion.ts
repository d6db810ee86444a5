import mongoose, { type InferSchemaType } from "mongoose";

/**
 * One version of a referral pathway, kept whole: who changed it, when, which fields, and the content
 * as it was (JSON, so the history never depends on the pathway's current shape). The unique index
 * means two editors can never both write version n.
 */
const pathwayVersionSchema = new mongoose.Schema({
  pathwayId: { type: String, required: true },
  version: { type: Number, required: true },
  at: { type: Date, required: true },
  by: { type: String, default: null },
  byName: { type: String, default: "" },
  /** "created", or the changed fields ("title", "steps[2].description", "steps: added …"). */
  changes: { type: [String], default: [] },
  content: { type: String, required: true },
});
pathwayVersionSchema.index({ pathwayId: 1, version: -1 }, { unique: true });

export type PathwayVersionFields = InferSchemaType<typeof pathwayVersionSchema>;
export const PathwayVersion = mongoose.model("PathwayVersion", pathwayVersionSchema);
