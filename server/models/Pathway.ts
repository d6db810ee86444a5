import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";
import { CROSS_BORDER_SITUATIONS, DIRECTORY_COUNTRIES, DIRECTORY_LANGUAGES, EXPLOITATION_TAGS, PATHWAY_KINDS, PATHWAY_STAGES } from "../../shared/directory";
import { LANGUAGES } from "../../shared/languages";

const stepSchema = new mongoose.Schema(
  {
    id: { type: String, required: true },
    /** National pathways only: which stage of the referral mechanism. */
    stage: { type: String, enum: [...PATHWAY_STAGES, null], default: null },
    title: { type: String, required: true },
    description: { type: String, default: "" },
    actors: { type: String, default: "" },
    information: { type: String, default: "" },
    languages: { type: [String], enum: DIRECTORY_LANGUAGES, default: [] },
    contactPointIds: { type: [String], default: [] },
  },
  { _id: false },
);

/**
 * A referral pathway: a country's national referral mechanism (one per country), or a cross-border
 * pathway from the country where a possible victim was identified to the one where they were
 * exploited or live. Every change is a new version (PathwayVersion keeps each one whole).
 */
const pathwaySchema = new mongoose.Schema(
  {
    kind: { type: String, enum: PATHWAY_KINDS, required: true },
    /** National: the country. Cross-border: null. */
    country: { type: String, enum: [...DIRECTORY_COUNTRIES, null], default: null },
    fromCountry: { type: String, enum: [...DIRECTORY_COUNTRIES, null], default: null },
    toCountry: { type: String, enum: [...DIRECTORY_COUNTRIES, null], default: null },
    situation: { type: String, enum: [...CROSS_BORDER_SITUATIONS, null], default: null },
    exploitation: { type: [String], enum: EXPLOITATION_TAGS, default: [] },
    title: { type: String, required: true },
    summary: { type: String, default: "" },
    language: { type: String, enum: LANGUAGES, required: true },
    steps: { type: [stepSchema], default: [] },
    editorIds: { type: [String], default: [] },
    version: { type: Number, required: true },
    updatedBy: { type: String, default: null },
    createdBy: { type: String, default: null },
  },
  { timestamps: true },
);
pathwaySchema.index({ kind: 1, country: 1 });
pathwaySchema.index({ kind: 1, fromCountry: 1, toCountry: 1 });

export type PathwayFields = InferSchemaType<typeof pathwaySchema>;
export type PathwayDocument = HydratedDocument<PathwayFields>;
export const Pathway = mongoose.model("Pathway", pathwaySchema);
