import { ReadCache } from "../auth/readCache";
import { Organisation, onOrganisationWrite } from "../models/Organisation";
import type { OrganisationLookup, OrganisationRef } from "./accounts";

/** Organisations change rarely and are on every account and person shown: kept a few seconds, cleared by any write. */
const organisations = new ReadCache<OrganisationRef>({ max: 2_000, ttlMs: 5_000 });
onOrganisationWrite((ids) => organisations.invalidate(ids));

/** Loads the organisations a list refers to: from the cache, and one lean query for the rest (FerretDB has no $lookup). */
export async function organisationLookup(ids: Array<unknown>): Promise<OrganisationLookup> {
  const wanted = [...new Set(ids.filter(Boolean).map(String))].filter((id) => /^[0-9a-f]{24}$/.test(id));
  if (wanted.length === 0) return new Map();
  return organisations.loadMany(wanted, (missing) => Organisation.find({ _id: { $in: missing } }, { name: 1, type: 1, country: 1 }).lean<OrganisationRef[]>(), (o) => String(o._id));
}
