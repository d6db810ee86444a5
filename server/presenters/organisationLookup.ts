import { Organisation } from "../models/Organisation";
import type { OrganisationLookup } from "./accounts";

/** Loads the organisations a list refers to in one lean query with the presented fields (FerretDB has no $lookup). */
export async function organisationLookup(ids: Array<unknown>): Promise<OrganisationLookup> {
  const wanted = [...new Set(ids.filter(Boolean).map(String))];
  if (wanted.length === 0) return new Map();
  const organisations = await Organisation.find({ _id: { $in: wanted } }, { name: 1, type: 1, country: 1 }).lean();
  return new Map(organisations.map((organisation) => [String(organisation._id), organisation]));
}
