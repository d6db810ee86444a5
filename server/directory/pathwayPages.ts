import { PATHWAY_STAGES } from "../../shared/directory";
import type { PathwayComparison, PresentedPathway } from "../../shared/directoryTypes";
import { ContactPoint } from "../models/ContactPoint";
import { Pathway } from "../models/Pathway";
import type { Actor } from "../policies";
import { presentPathway, type PathwayRecord } from "../presenters/pathways";
import { userNames } from "../presenters/userNames";
import { directoryNow } from "./clock";
import { presentCards } from "./contactPointPages";
import { contactPointScope } from "./contactPointQuery";
import type { StoredPathwayContent } from "./pathwayContent";

type StoredPathway = StoredPathwayContent & { _id: unknown; version: number; updatedAt?: Date; updatedBy?: string | null };

export const pathwayRecord = (pathway: StoredPathway): PathwayRecord => ({
  ...(pathway as StoredPathwayContent),
  id: String(pathway._id),
  version: pathway.version,
  updatedAt: pathway.updatedAt ?? new Date(0),
  updatedBy: pathway.updatedBy ?? null,
});

/** Presents pathways with the cards of the contact points their steps name, as far as the actor may see them. */
export async function presentPathways(records: PathwayRecord[], actor: Actor): Promise<PresentedPathway[]> {
  const ids = [...new Set(records.flatMap((p) => p.steps.flatMap((s) => s.contactPointIds)))];
  const [entries, people] = await Promise.all([
    ids.length ? ContactPoint.find({ $and: [{ _id: { $in: ids } }, contactPointScope(actor)] }).lean() : Promise.resolve([]),
    userNames(records.map((p) => p.updatedBy)),
  ]);
  const cards = await presentCards(entries, directoryNow());
  return records.map((record) => presentPathway(record, cards, people, actor));
}

export async function loadPathwayRecords(filter: Record<string, unknown>): Promise<PathwayRecord[]> {
  const pathways = await Pathway.find(filter).sort({ kind: -1, country: 1, fromCountry: 1, toCountry: 1, title: 1 }).limit(500).lean();
  return pathways.map((p) => pathwayRecord(p as unknown as StoredPathway));
}

/** Two countries' national pathways stage by stage, with the cross-border pathways between them (both ways). */
export async function comparePathways(countries: [string, string], actor: Actor): Promise<PathwayComparison> {
  const [a, b] = countries;
  const records = await loadPathwayRecords({
    $or: [
      { kind: "national", country: { $in: [a, b] } },
      { kind: "cross_border", fromCountry: a, toCountry: b },
      { kind: "cross_border", fromCountry: b, toCountry: a },
    ],
  });
  const presented = await presentPathways(records, actor);
  const national = (country: string) => presented.find((p) => p.kind === "national" && p.country === country) ?? null;
  const left = national(a);
  const right = national(b);
  return {
    countries: countries as PathwayComparison["countries"],
    national: [left, right],
    stages: PATHWAY_STAGES.map((stage) => ({
      stage,
      steps: [(left?.steps ?? []).filter((s) => s.stage === stage), (right?.steps ?? []).filter((s) => s.stage === stage)],
    })),
    crossBorder: presented.filter((p) => p.kind === "cross_border"),
  };
}
