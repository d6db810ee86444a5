import type { z } from "zod";
import type { directoryOrganisationUpdateSchema } from "../../shared/schemas/directory";
import { audit } from "../audit/auditLog";
import { directoryAudit, type DirectoryActor } from "../directory/directoryActor";
import { organisationExists, organisationNotFound } from "../directory/directoryErrors";
import { ContactPoint } from "../models/ContactPoint";
import { Organisation, type OrganisationDocument } from "../models/Organisation";
import { authorize } from "../policies";
import { organisationTarget } from "../presenters/directory";

/**
 * Changes an organisation's directory entry: the secretariat, the organisation's own members and its
 * named editors. Its contact points follow a change of country (they keep a copy for filtering).
 */
export default async function organisationUpdater(props: {
  actor: DirectoryActor;
  organisationId: string;
  changes: z.output<typeof directoryOrganisationUpdateSchema>;
}): Promise<OrganisationDocument> {
  const organisation = await Organisation.findById(props.organisationId);
  if (!organisation) throw organisationNotFound();
  authorize(props.actor, "organisation.update", organisationTarget(organisation));
  const { changes } = props;
  const name = changes.name ?? organisation.name;
  const country = changes.country ?? organisation.country;
  if ((name !== organisation.name || country !== organisation.country) && (await Organisation.exists({ name, country, _id: { $ne: organisation._id } }))) {
    throw organisationExists();
  }
  const countryChanged = country !== organisation.country;
  organisation.set(changes);
  await organisation.save();
  if (countryChanged) await ContactPoint.updateMany({ organisationId: organisation.id }, { $set: { country } });
  await audit({
    action: "organisation.updated",
    ...directoryAudit(props.actor),
    target: { type: "organisation", id: organisation.id, label: organisation.name },
    details: { fields: Object.keys(changes) },
  });
  return organisation;
}
