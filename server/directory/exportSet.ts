import type { z } from "zod";
import { DIRECTORY_LIMITS } from "../../shared/directory";
import type { directoryExportQuerySchema } from "../../shared/schemas/directory";
import { ContactPoint, type ContactPointFields } from "../models/ContactPoint";
import type { OrganisationDocument } from "../models/Organisation";
import type { Actor } from "../policies";
import { maySeeMobiles } from "../policies/directory";
import { displayName } from "../presenters/directory";
import { contactPointContext } from "./contactPointPages";
import { contactPointFilter } from "./contactPointQuery";

export type ExportQuery = z.output<typeof directoryExportQuerySchema>;
export type ExportEntry = ContactPointFields & { _id: unknown };

export interface ExportGroup {
  country: string;
  organisations: Array<{ organisation: OrganisationDocument | undefined; organisationId: string; entries: ExportEntry[] }>;
}

/** What an export holds: the chosen entries the actor may see, grouped by country and organisation. */
export interface ExportSet {
  groups: ExportGroup[];
  entries: ExportEntry[];
  /** How many matched (more than `entries` when the export stops at the limit). */
  total: number;
  organisations: Map<string, OrganisationDocument>;
  people: Map<string, string>;
  /** Personal mobiles are in it only for those who may see them, and only if not left out on purpose. */
  includeMobiles: boolean;
}

const COUNTRY_ORDER = ["BE", "NL", "LU", "other"];

export async function loadExportSet(query: ExportQuery, actor: Actor, now: Date, onlyId?: string): Promise<ExportSet> {
  const filter = await contactPointFilter(query, actor, now);
  const scoped = onlyId ? { $and: [filter, { _id: onlyId }] } : filter;
  const [entries, total] = await Promise.all([
    ContactPoint.find(scoped).limit(DIRECTORY_LIMITS.exportMax).lean(),
    ContactPoint.countDocuments(scoped),
  ]);
  const { organisations, people } = await contactPointContext(entries);
  const orgName = (id: string) => organisations.get(id)?.name ?? "";
  const sorted = [...entries].sort(
    (a, b) =>
      COUNTRY_ORDER.indexOf(a.country) - COUNTRY_ORDER.indexOf(b.country) ||
      orgName(a.organisationId).localeCompare(orgName(b.organisationId)) ||
      a.organisationId.localeCompare(b.organisationId) ||
      // Function-based entries first: they are who to call; then named people.
      (a.kind === b.kind ? 0 : a.kind === "function" ? -1 : 1) ||
      displayName(a).localeCompare(displayName(b)),
  );
  const groups: ExportGroup[] = [];
  for (const entry of sorted) {
    let group = groups.at(-1);
    if (!group || group.country !== entry.country) groups.push((group = { country: entry.country, organisations: [] }));
    let block = group.organisations.at(-1);
    if (!block || block.organisationId !== entry.organisationId) {
      group.organisations.push((block = { organisation: organisations.get(entry.organisationId), organisationId: entry.organisationId, entries: [] }));
    }
    block.entries.push(entry);
  }
  return { groups, entries: sorted, total, organisations, people, includeMobiles: maySeeMobiles(actor) && query.mobiles === "include" };
}

/** The entry's mobile if this export may carry it. */
export const exportedMobile = (entry: ExportEntry, set: Pick<ExportSet, "includeMobiles">) =>
  set.includeMobiles && entry.kind === "person" ? (entry.channels?.mobile ?? "") : "";
