import type { z } from "zod";
import type { contactPointSearchSchema } from "../../shared/schemas/directory";
import { literalText } from "../readModels/literalText";
import { Organisation } from "../models/Organisation";
import type { Actor } from "../policies";
import { maySeePeople } from "../policies/directory";
import { freshnessFilter } from "./freshness";
import { foldForSearch } from "./searchText";

type Filters = Omit<z.output<typeof contactPointSearchSchema>, "offset" | "limit">;

/** The policy's scope as a database filter: observers without a grant see function-based entries only. */
export const contactPointScope = (actor: Actor): Record<string, unknown> => (maySeePeople(actor) ? {} : { kind: "function" });

/** Organisations whose names match are looked up first (no $lookup), then their entries included. */
const ORGANISATION_MATCHES_MAX = 2_000;

/**
 * The filter for a search: words in the name, function or organisation (folded, escaped: FerretDB
 * has no text index and user input never becomes a pattern), country, discipline, tag, language,
 * kind, organisation and freshness, always within what the actor may see.
 */
export async function contactPointFilter(query: Filters, actor: Actor, now: Date): Promise<Record<string, unknown>> {
  const and: Array<Record<string, unknown>> = [contactPointScope(actor)];
  if (query.country) and.push({ country: query.country });
  if (query.kind) and.push({ kind: query.kind });
  if (query.tag) and.push({ tags: query.tag });
  if (query.language) and.push({ languages: query.language });
  if (query.organisationId) and.push({ organisationId: query.organisationId });
  if (query.status) and.push(freshnessFilter(query.status, now));
  if (query.discipline) {
    const ids = await Organisation.find({ discipline: query.discipline }, { _id: 1 }).limit(ORGANISATION_MATCHES_MAX).lean();
    and.push({ organisationId: { $in: ids.map((o) => String(o._id)) } });
  }
  const words = query.q ? foldForSearch(query.q) : "";
  if (words) {
    const pattern = literalText(words).filter;
    const organisations = await Organisation.find({ searchText: pattern }, { _id: 1 }).limit(ORGANISATION_MATCHES_MAX).lean();
    and.push({ $or: [{ searchText: pattern }, { organisationId: { $in: organisations.map((o) => String(o._id)) } }] });
  }
  const filters = and.filter((part) => Object.keys(part).length > 0);
  if (filters.length === 0) return {};
  return filters.length === 1 ? filters[0]! : { $and: filters };
}
