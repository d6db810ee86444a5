import { Organisation, type OrganisationDocument } from "../models/Organisation";

/** Loads the organisations a list refers to in one query (FerretDB has no $lookup). */
export async function organisationLookup(ids: Array<unknown>): Promise<Map<string, OrganisationDocument>> {
  const wanted = [...new Set(ids.filter(Boolean).map(String))];
  if (wanted.length === 0) return new Map();
  const organisations = await Organisation.find({ _id: { $in: wanted } });
  return new Map(organisations.map((organisation) => [organisation.id, organisation]));
}
