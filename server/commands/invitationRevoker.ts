import { audit } from "../audit/auditLog";
import { NotFound } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { Invitation, invitationStatus } from "../models/Invitation";
import { authorize } from "../policies";

/** Revokes a pending invitation (`invitation.revoke`); one already used, revoked or expired stays as it is. */
export default async function invitationRevoker(props: { actor: ActingUser; invitationId: string }): Promise<void> {
  authorize(props.actor, "invitation.revoke");
  const invitation = await Invitation.findById(props.invitationId);
  if (!invitation) throw NotFound();
  if (invitationStatus(invitation) !== "pending") return;
  invitation.revokedAt = new Date();
  await invitation.save();
  await audit({ action: "invitation.revoked", ...auditActor(props.actor), target: { type: "invitation", id: invitation.id, label: invitation.email } });
}
