import type { z } from "zod";
import { PATHWAY_STAGES, type DirectoryCountry, type PathwayKind, type PathwayStage } from "../../../shared/directory";
import type { PresentedPathway } from "../../../shared/directoryTypes";
import type { Language } from "../../../shared/languages";
import { pathwayContentSchema } from "../../../shared/schemas/pathways";

/**
 * The pathway forms (create and edit) hold the shared content schema. The shared rule "steps follow
 * the order of the stages" sits on the whole list; here it is also put on the first step that comes
 * too early, so the error summary can link to a control that fixes it (the same rule, a nearer place).
 */
export const pathwayFormSchema = pathwayContentSchema.superRefine((value, ctx) => {
  if (value.kind !== "national") return;
  value.steps.forEach((step, i) => {
    const previous = value.steps[i - 1];
    if (previous && PATHWAY_STAGES.indexOf(step.stage) < PATHWAY_STAGES.indexOf(previous.stage)) {
      // No message here: the error map turns the rule into the field's own words.
      ctx.addIssue({ code: "custom", path: ["steps", i, "stage"], params: { rule: "stageOrder" } });
    }
  });
});

export type PathwayFormValues = z.input<typeof pathwayFormSchema>;
export type PathwayStepValues = PathwayFormValues["steps"][number] & { stage?: PathwayStage };

export function blankStep(kind: PathwayKind, stage: PathwayStage = "detection"): PathwayStepValues {
  const step = { title: "", description: "", actors: "", information: "", languages: [], contactPointIds: [] };
  return kind === "national" ? { ...step, stage } : step;
}

/** What a new pathway starts as: one empty step (a pathway has at least one). */
export function blankPathway(kind: PathwayKind, country: DirectoryCountry, language: Language): PathwayFormValues {
  const common = { title: "", summary: "", language };
  if (kind === "national") return { kind, country, ...common, steps: [blankStep(kind) as PathwayFormValues["steps"][number] & { stage: PathwayStage }] };
  const toCountry: DirectoryCountry = country === "LU" ? "BE" : "LU";
  return { kind, fromCountry: country, toCountry, situation: "exploited", exploitation: [], ...common, steps: [blankStep(kind)] };
}

/** A presented pathway as the form's values (ids kept, so the history can follow each step). */
export function pathwayFormValues(pathway: PresentedPathway): PathwayFormValues {
  const steps = pathway.steps.map((step) => ({
    id: step.id,
    title: step.title,
    description: step.description,
    actors: step.actors,
    information: step.information,
    languages: step.languages,
    contactPointIds: step.contactPointIds,
  }));
  const common = { title: pathway.title, summary: pathway.summary, language: pathway.language };
  if (pathway.kind === "national") {
    return { kind: "national", country: pathway.country!, ...common, steps: steps.map((step, i) => ({ ...step, stage: pathway.steps[i]!.stage ?? "detection" })) };
  }
  return { kind: "cross_border", fromCountry: pathway.fromCountry!, toCountry: pathway.toCountry!, situation: pathway.situation!, exploitation: pathway.exploitation, ...common, steps };
}
