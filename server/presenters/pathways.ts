import type { CrossBorderSituation, DirectoryCountry, DirectoryLanguage, ExploitationTag, PathwayKind, PathwayStage } from "../../shared/directory";
import type { ContactPointCard, PathwayChange, PresentedPathway } from "../../shared/directoryTypes";
import type { Language } from "../../shared/languages";
import type { StoredPathwayContent } from "../directory/pathwayContent";
import type { PathwayVersionFields } from "../models/PathwayVersion";
import { can, type Actor } from "../policies";

/** The pathway fields beyond its content that a page shows. */
export interface PathwayRecord extends StoredPathwayContent {
  id: string;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}

export function presentPathway(pathway: PathwayRecord, cards: Map<string, ContactPointCard>, people: Map<string, string>, actor: Actor): PresentedPathway {
  return {
    id: pathway.id,
    kind: pathway.kind as PathwayKind,
    country: pathway.country as DirectoryCountry | null,
    fromCountry: pathway.fromCountry as DirectoryCountry | null,
    toCountry: pathway.toCountry as DirectoryCountry | null,
    situation: pathway.situation as CrossBorderSituation | null,
    exploitation: [...pathway.exploitation] as ExploitationTag[],
    title: pathway.title,
    summary: pathway.summary,
    language: pathway.language as Language,
    steps: pathway.steps.map((step) => ({
      id: step.id,
      stage: step.stage as PathwayStage | null,
      title: step.title,
      description: step.description,
      actors: step.actors,
      information: step.information,
      languages: [...step.languages] as DirectoryLanguage[],
      contactPointIds: [...step.contactPointIds],
      // Only the cards the caller may see: an observer does not learn of named people this way.
      contactPoints: step.contactPointIds.flatMap((id) => cards.get(id) ?? []),
    })),
    editorIds: [...pathway.editorIds],
    version: pathway.version,
    updatedAt: pathway.updatedAt.toISOString(),
    updatedBy: pathway.updatedBy ? { id: pathway.updatedBy, name: people.get(pathway.updatedBy) ?? "" } : null,
    policies: {
      update: can(actor, "pathway.update", { editorIds: pathway.editorIds }),
      manageEditors: can(actor, "pathway.manageEditors"),
      readHistory: can(actor, "pathway.readHistory"),
    },
  };
}

export function presentPathwayChange(row: Pick<PathwayVersionFields, "version" | "at" | "by" | "byName" | "changes">): PathwayChange {
  return { version: row.version, at: row.at.toISOString(), by: row.by ? { id: row.by, name: row.byName ?? "" } : null, changes: [...(row.changes ?? [])] };
}
