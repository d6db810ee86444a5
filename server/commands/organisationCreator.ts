import type { z } from "zod";
import type { organisationInputSchema } from "../../shared/schemas/accounts";
import { audit } from "../audit/auditLog";
import { Conflict } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { Organisation, type OrganisationDocument } from "../models/Organisation";
import { authorize } from "../policies";

/** Adds an organisation (`organisation.create`); a second one with the same name and country is refused. Audited. */
export default async function organisationCreator(props: { actor: ActingUser; input: z.output<typeof organisationInputSchema> }): Promise<OrganisationDocument> {
  const { actor, input } = props;
  authorize(actor, "organisation.create");
  if (await Organisation.exists({ name: input.name, country: input.country })) throw Conflict("This organisation already exists", "organisation_exists");
  const organisation = await Organisation.create(input);
  await audit({ action: "organisation.created", ...auditActor(actor), target: { type: "organisation", id: organisation.id, label: organisation.name } });
  return organisation;
}
