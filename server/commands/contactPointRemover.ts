import { audit } from "../audit/auditLog";
import { readableContactPoint } from "../directory/contactPointLoader";
import { directoryAudit, type DirectoryActor } from "../directory/directoryActor";
import { ContactPoint } from "../models/ContactPoint";
import { authorize } from "../policies";
import { contactPointTarget } from "../presenters/directory";

/**
 * Removes a contact point. References to it (pathway steps, agenda items, decisions) stay and show
 * it as missing, so nothing that pointed at it silently changes meaning.
 */
export default async function contactPointRemover(props: { actor: DirectoryActor; contactPointId: string }): Promise<void> {
  const { actor } = props;
  const { contactPoint, organisation } = await readableContactPoint(actor, props.contactPointId);
  authorize(actor, "contactPoint.delete", contactPointTarget(contactPoint, organisation ?? undefined));
  await ContactPoint.deleteOne({ _id: contactPoint._id });
  await audit({
    action: "contact_point.deleted",
    ...directoryAudit(actor),
    target: { type: "contact_point", id: contactPoint.id, label: contactPoint.function },
    details: { organisationId: contactPoint.organisationId },
  });
}
