import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";
import { AGENDA_TAGS } from "../../shared/meetings";

/**
 * A victim-perspective prompt for the empty chair, in the three languages. Prompts are never deleted,
 * only made inactive, so the seed (keys "seed-…") is added once and a curated library stays curated.
 */
const victimPromptSchema = new mongoose.Schema(
  {
    key: { type: String, required: true },
    text: {
      nl: { type: String, required: true },
      fr: { type: String, required: true },
      en: { type: String, required: true },
    },
    tags: { type: [String], enum: AGENDA_TAGS, default: [] },
    active: { type: Boolean, default: true },
    updatedBy: { type: String, default: null },
  },
  { timestamps: true },
);
victimPromptSchema.index({ key: 1 }, { unique: true });

export type VictimPromptFields = InferSchemaType<typeof victimPromptSchema>;
export type VictimPromptDocument = HydratedDocument<VictimPromptFields>;
export const VictimPrompt = mongoose.model("VictimPrompt", victimPromptSchema);
