import { ReadCache } from "../auth/readCache";
import { Organisation, onOrganisationWrite, type OrganisationDocument } from "../models/Organisation";
import type { OrganisationLookup, OrganisationRef } from "./accounts";

/** Loads the organisations a list refers to, whole, in one query (FerretDB has no $lookup): for the directory. */
export async function organisationLookup(ids: Array<unknown>): Promise<Map<string, OrganisationDocument>> {
  const wanted = [...new Set(ids.filter(Boolean).map(String))];
  if (wanted.length === 0) return new Map();
  const organisations = await Organisation.find({ _id: { $in: wanted } });
  return new Map(organisations.map((organisation) => [organisation.id, organisation]));
}

/** The few fields shown with an account or a person: on every signed-in page, so kept a few seconds and cleared by any write. */
const refs = new ReadCache<OrganisationRef>({ max: 2_000, ttlMs: 5_000 });
onOrganisationWrite((ids) => refs.invalidate(ids));

/** Organisations as accounts and people show them: from the cache, and one lean query for the rest. */
export async function organisationRefs(ids: Array<unknown>): Promise<OrganisationLookup> {
  const wanted = [...new Set(ids.filter(Boolean).map(String))].filter((id) => /^[0-9a-f]{24}$/.test(id));
  if (wanted.length === 0) return new Map();
  return refs.loadMany(wanted, (missing) => Organisation.find({ _id: { $in: missing } }, { name: 1, discipline: 1, type: 1, country: 1 }).lean<OrganisationRef[]>(), (o) => String(o._id));
}
