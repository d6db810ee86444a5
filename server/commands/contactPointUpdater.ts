import type { z } from "zod";
import { contactPointShapeIssues, type contactPointUpdateSchema } from "../../shared/schemas/directory";
import { audit } from "../audit/auditLog";
import { Validation } from "../errors";
import { readableContactPoint } from "../directory/contactPointLoader";
import { directoryAudit, type DirectoryActor } from "../directory/directoryActor";
import { requireActiveUsers } from "../directory/directoryUsers";
import { nextVerificationDate } from "../directory/freshness";
import type { ContactPointDocument } from "../models/ContactPoint";
import { authorize } from "../policies";
import { contactPointTarget } from "../presenters/directory";

/**
 * Changes a contact point: the secretariat, its organisation's members and editors, or the account
 * it is linked to. Whoever updates an entry vouches for it, so an update also counts as verified.
 */
export default async function contactPointUpdater(props: {
  actor: DirectoryActor;
  contactPointId: string;
  changes: z.output<typeof contactPointUpdateSchema>;
  now: Date;
}): Promise<ContactPointDocument> {
  const { actor, changes, now } = props;
  const { contactPoint, organisation } = await readableContactPoint(actor, props.contactPointId);
  authorize(actor, "contactPoint.update", contactPointTarget(contactPoint, organisation ?? undefined));
  const merged = {
    kind: contactPoint.kind,
    name: changes.name ?? contactPoint.name ?? "",
    // Channels are sent whole: a change that sends them decides the mobile too.
    channels: { mobile: changes.channels ? changes.channels.mobile : (contactPoint.channels?.mobile ?? "") },
  };
  const issues = contactPointShapeIssues(merged);
  if (issues.length) throw Validation(issues.map((issue) => ({ path: ["body", ...issue.path].join("."), message: issue.message })));
  if (changes.linkedUserId) await requireActiveUsers([changes.linkedUserId], "body.linkedUserId");
  contactPoint.set({
    ...changes,
    verifiedAt: now,
    verifiedBy: actor.id,
    nextVerificationAt: nextVerificationDate(now),
    verificationRequestedAt: null,
  });
  await contactPoint.save();
  await audit({
    action: "contact_point.updated",
    ...directoryAudit(actor),
    target: { type: "contact_point", id: contactPoint.id, label: contactPoint.function },
    details: { fields: Object.keys(changes) },
  });
  return contactPoint;
}
