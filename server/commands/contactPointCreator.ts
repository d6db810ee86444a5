import type { z } from "zod";
import type { contactPointInputSchema } from "../../shared/schemas/directory";
import { audit } from "../audit/auditLog";
import { directoryAudit, type DirectoryActor } from "../directory/directoryActor";
import { organisationNotFound } from "../directory/directoryErrors";
import { requireActiveUsers } from "../directory/directoryUsers";
import { nextVerificationDate } from "../directory/freshness";
import { ContactPoint, type ContactPointDocument } from "../models/ContactPoint";
import { Organisation } from "../models/Organisation";
import { authorize } from "../policies";
import { organisationTarget } from "../presenters/directory";

/**
 * Adds a contact point to an organisation: whoever may change that organisation's entries. Creating
 * it counts as its first verification, by its author, now.
 */
export default async function contactPointCreator(props: { actor: DirectoryActor; input: z.output<typeof contactPointInputSchema>; now: Date }): Promise<ContactPointDocument> {
  const { actor, input, now } = props;
  const organisation = await Organisation.findById(input.organisationId);
  if (!organisation) throw organisationNotFound();
  authorize(actor, "contactPoint.create", organisationTarget(organisation));
  if (input.linkedUserId) await requireActiveUsers([input.linkedUserId], "body.linkedUserId");
  const contactPoint = await ContactPoint.create({
    ...input,
    country: organisation.country,
    verifiedAt: now,
    verifiedBy: actor.id,
    nextVerificationAt: nextVerificationDate(now),
    verificationRequestedAt: null,
    createdBy: actor.id,
  });
  await audit({
    action: "contact_point.created",
    ...directoryAudit(actor),
    target: { type: "contact_point", id: contactPoint.id, label: contactPoint.function },
    details: { organisationId: organisation.id, kind: contactPoint.kind },
  });
  return contactPoint;
}
