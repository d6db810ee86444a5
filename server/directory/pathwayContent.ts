import { Types } from "mongoose";
import type { CrossBorderSituation, DirectoryCountry, DirectoryLanguage, ExploitationTag, PathwayStage } from "../../shared/directory";
import type { Language } from "../../shared/languages";
import type { PathwayContent } from "../../shared/schemas/pathways";
import { Validation } from "../errors";
import { ContactPoint } from "../models/ContactPoint";

/** A pathway as it is stored and versioned: the fields an editor changes, flat and complete. */
export interface StoredPathwayContent {
  kind: "national" | "cross_border";
  country: DirectoryCountry | null;
  fromCountry: DirectoryCountry | null;
  toCountry: DirectoryCountry | null;
  situation: CrossBorderSituation | null;
  exploitation: ExploitationTag[];
  title: string;
  summary: string;
  language: Language;
  steps: Array<{ id: string; stage: PathwayStage | null; title: string; description: string; actors: string; information: string; languages: DirectoryLanguage[]; contactPointIds: string[] }>;
  editorIds: string[];
}

/** Steps keep the id they were read with; new ones (and repeated ids) get a fresh one. */
export function normalisedContent(input: PathwayContent, editorIds: string[]): StoredPathwayContent {
  const seen = new Set<string>();
  const steps = input.steps.map((step) => {
    const id = step.id && !seen.has(step.id) ? step.id : new Types.ObjectId().toHexString();
    seen.add(id);
    return {
      id,
      stage: "stage" in step ? step.stage : null,
      title: step.title,
      description: step.description,
      actors: step.actors,
      information: step.information,
      languages: [...step.languages],
      contactPointIds: [...step.contactPointIds],
    };
  });
  const national = input.kind === "national";
  return {
    kind: input.kind,
    country: national ? input.country : null,
    fromCountry: national ? null : input.fromCountry,
    toCountry: national ? null : input.toCountry,
    situation: national ? null : input.situation,
    exploitation: national ? [] : [...input.exploitation],
    title: input.title,
    summary: input.summary,
    language: input.language,
    steps,
    editorIds: [...editorIds],
  };
}

/** The content fields of a stored pathway, in the same shape (for history and diffs). */
export function contentOf(pathway: StoredPathwayContent): StoredPathwayContent {
  return {
    kind: pathway.kind,
    country: pathway.country ?? null,
    fromCountry: pathway.fromCountry ?? null,
    toCountry: pathway.toCountry ?? null,
    situation: pathway.situation ?? null,
    exploitation: [...(pathway.exploitation ?? [])],
    title: pathway.title,
    summary: pathway.summary ?? "",
    language: pathway.language,
    steps: (pathway.steps ?? []).map((s) => ({
      id: s.id,
      stage: s.stage ?? null,
      title: s.title,
      description: s.description ?? "",
      actors: s.actors ?? "",
      information: s.information ?? "",
      languages: [...(s.languages ?? [])],
      contactPointIds: [...(s.contactPointIds ?? [])],
    })),
    editorIds: [...(pathway.editorIds ?? [])],
  };
}

/** Steps may only point at contact points that exist. */
export async function requireContactPoints(content: StoredPathwayContent): Promise<void> {
  const ids = [...new Set(content.steps.flatMap((s) => s.contactPointIds))];
  if (ids.length === 0) return;
  const found = await ContactPoint.countDocuments({ _id: { $in: ids } });
  if (found !== ids.length) throw Validation([{ path: "body.steps", message: "a step points at a contact point that does not exist" }]);
}

const TOP_FIELDS = ["title", "summary", "language", "country", "fromCountry", "toCountry", "situation", "exploitation", "editorIds"] as const;
const STEP_FIELDS = ["stage", "title", "description", "actors", "information", "languages", "contactPointIds"] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed, for the history: fields, and steps added, removed, changed (by position) or reordered. */
export function pathwayChanges(before: StoredPathwayContent, after: StoredPathwayContent): string[] {
  const changes: string[] = TOP_FIELDS.filter((field) => !same(before[field], after[field]));
  const beforeSteps = new Map(before.steps.map((s) => [s.id, s]));
  const afterIds = new Set(after.steps.map((s) => s.id));
  for (const step of before.steps) if (!afterIds.has(step.id)) changes.push(`steps: removed “${step.title}”`);
  after.steps.forEach((step, index) => {
    const old = beforeSteps.get(step.id);
    if (!old) return changes.push(`steps: added “${step.title}”`);
    for (const field of STEP_FIELDS) if (!same(old[field], step[field])) changes.push(`steps[${index + 1}].${field}`);
  });
  const kept = (steps: StoredPathwayContent["steps"], other: Set<string>) => steps.map((s) => s.id).filter((id) => other.has(id));
  if (!same(kept(before.steps, afterIds), kept(after.steps, new Set(beforeSteps.keys())))) changes.push("steps: order");
  return changes;
}
