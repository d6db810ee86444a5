import { z } from "zod";
import {
  CROSS_BORDER_SITUATIONS,
  DIRECTORY_COUNTRIES,
  DIRECTORY_LIMITS as L,
  EXPLOITATION_TAGS,
  PATHWAY_STAGES,
} from "../directory";
import { LANGUAGES } from "../languages";
import { objectIdSchema } from "./accounts";
import { contactPointIdsSchema, directoryLanguagesSchema, editorIdsSchema } from "./directory";

/**
 * Referral pathways: a country's national referral mechanism as ordered steps, and cross-border
 * pathways ("identified in A, exploited or residing in B"). A change sends the pathway whole, with
 * the version it was based on, so two editors cannot silently overwrite each other.
 */

const text = (max: number) => z.string().trim().max(max);
const countrySchema = z.enum(DIRECTORY_COUNTRIES);

const stepFields = {
  /** Kept from the version it was read from; new steps get one from the server. */
  id: objectIdSchema.optional(),
  title: text(L.stepTitleMax).min(1),
  /** What happens in this step. */
  description: text(L.stepTextMax).default(""),
  /** Who acts. */
  actors: text(L.stepTextMax).default(""),
  /** What information to have at hand or to pass on. */
  information: text(L.stepTextMax).default(""),
  /** In which language(s) to make contact. */
  languages: directoryLanguagesSchema.default([]),
  contactPointIds: contactPointIdsSchema.max(L.stepContactPointsMax).default([]),
};

export const nationalStepSchema = z.strictObject({ ...stepFields, stage: z.enum(PATHWAY_STAGES) });
export const crossBorderStepSchema = z.strictObject(stepFields);

const stageOrder = new Map(PATHWAY_STAGES.map((stage, index) => [stage, index]));
/** Steps follow the mechanism: a step never comes before one of an earlier stage. */
const stagesInOrder = (steps: Array<{ stage: (typeof PATHWAY_STAGES)[number] }>) =>
  steps.every((step, i) => i === 0 || stageOrder.get(step.stage)! >= stageOrder.get(steps[i - 1]!.stage)!);

const common = {
  title: text(L.pathwayTitleMax).min(1),
  summary: text(L.pathwaySummaryMax).default(""),
  /** The language the pathway is written in. */
  language: z.enum(LANGUAGES),
};

const nationalShape = {
  kind: z.literal("national"),
  country: countrySchema,
  ...common,
  steps: z
    .array(nationalStepSchema)
    .min(1)
    .max(L.stepsMax)
    .refine(stagesInOrder, "steps must follow the order of the stages (detection first, return or stay last)"),
};

const crossBorderShape = {
  kind: z.literal("cross_border"),
  /** Where the possible victim was identified. */
  fromCountry: countrySchema,
  /** Where they were exploited or where they live. */
  toCountry: countrySchema,
  situation: z.enum(CROSS_BORDER_SITUATIONS),
  exploitation: z.array(z.enum(EXPLOITATION_TAGS)).max(EXPLOITATION_TAGS.length).default([]),
  ...common,
  steps: z.array(crossBorderStepSchema).min(1).max(L.stepsMax),
};
const twoCountries = { message: "a cross-border pathway joins two different countries", path: ["toCountry"] };
const differentCountries = (v: { fromCountry: string; toCountry: string }) => v.fromCountry !== v.toCountry;

const nationalContent = z.strictObject(nationalShape);
const crossBorderContent = z.strictObject(crossBorderShape);

export const pathwayContentSchema = z.discriminatedUnion("kind", [nationalContent, crossBorderContent.refine(differentCountries, twoCountries)]);

const editors = { editorIds: editorIdsSchema.default([]) };
export const pathwayCreateSchema = z.discriminatedUnion("kind", [
  nationalContent.extend(editors),
  crossBorderContent.extend(editors).refine(differentCountries, twoCountries),
]);

/** The whole pathway again, with the version the editor started from. */
const basedOn = { version: z.number().int().min(1) };
export const pathwayUpdateSchema = z.discriminatedUnion("kind", [
  nationalContent.extend(basedOn),
  crossBorderContent.extend(basedOn).refine(differentCountries, twoCountries),
]);

export const pathwayEditorsSchema = z.strictObject({ editorIds: editorIdsSchema });

export const pathwayListQuerySchema = z.object({
  kind: z.enum(["national", "cross_border"]).optional(),
  country: countrySchema.optional(),
});

/** Two countries side by side: `?countries=BE,LU`. */
export const pathwayCompareQuerySchema = z.object({
  countries: z
    .string()
    .max(10)
    .transform((value) => value.split(",").map((c) => c.trim()))
    .pipe(z.tuple([countrySchema, countrySchema]))
    .refine(([a, b]) => a !== b, "two different countries"),
});

export const pathwayVersionParamsSchema = z.object({ id: objectIdSchema, version: z.coerce.number().int().min(1).max(1_000_000) });

export type PathwayContent = z.output<typeof pathwayContentSchema>;
export type PathwayCreateInput = z.input<typeof pathwayCreateSchema>;
export type PathwayUpdateInput = z.input<typeof pathwayUpdateSchema>;
