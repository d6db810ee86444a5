import { audit } from "../audit/auditLog";
import { readableContactPoint } from "../directory/contactPointLoader";
import { directoryAudit, type DirectoryActor } from "../directory/directoryActor";
import { nextVerificationDate } from "../directory/freshness";
import type { ContactPointDocument } from "../models/ContactPoint";
import { authorize } from "../policies";
import { contactPointTarget } from "../presenters/directory";

/** "This entry is still right": records who confirmed it and when; the next date is six months on. */
export default async function contactPointVerifier(props: { actor: DirectoryActor; contactPointId: string; now: Date }): Promise<ContactPointDocument> {
  const { actor, now } = props;
  const { contactPoint, organisation } = await readableContactPoint(actor, props.contactPointId);
  authorize(actor, "contactPoint.verify", contactPointTarget(contactPoint, organisation ?? undefined));
  const previous = contactPoint.nextVerificationAt;
  contactPoint.set({ verifiedAt: now, verifiedBy: actor.id, nextVerificationAt: nextVerificationDate(now), verificationRequestedAt: null });
  await contactPoint.save();
  await audit({
    action: "contact_point.verified",
    ...directoryAudit(actor),
    target: { type: "contact_point", id: contactPoint.id, label: contactPoint.function },
    details: { wasDueAt: previous.toISOString(), nextVerificationAt: contactPoint.nextVerificationAt.toISOString() },
  });
  return contactPoint;
}
