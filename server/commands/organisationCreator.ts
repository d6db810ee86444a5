import type { z } from "zod";
import type { directoryOrganisationInputSchema } from "../../shared/schemas/directory";
import { audit } from "../audit/auditLog";
import { directoryAudit, type DirectoryActor } from "../directory/directoryActor";
import { organisationExists } from "../directory/directoryErrors";
import { Organisation, type OrganisationDocument } from "../models/Organisation";
import { authorize } from "../policies";

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

/** Adds an organisation with its directory details (secretariat). Name and country are unique together. */
export default async function organisationCreator(props: { actor: DirectoryActor; input: z.output<typeof directoryOrganisationInputSchema> }): Promise<OrganisationDocument> {
  authorize(props.actor, "organisation.create");
  const { input } = props;
  if (await Organisation.exists({ name: input.name, country: input.country })) throw organisationExists();
  let organisation: OrganisationDocument;
  try {
    organisation = await Organisation.create(input);
  } catch (error) {
    // Two requests at once: the unique index lets only one in.
    if (isDuplicateKey(error)) throw organisationExists();
    throw error;
  }
  await audit({ action: "organisation.created", ...directoryAudit(props.actor), target: { type: "organisation", id: organisation.id, label: organisation.name } });
  return organisation;
}
