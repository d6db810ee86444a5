import type { z } from "zod";
import type { acceptInvitationSchema } from "../../shared/schemas/accounts";
import { hashLinkToken } from "../auth/linkTokens";
import { claimOnce, releaseClaim } from "../db/claims";
import { Conflict, HttpError } from "../errors";
import { Invitation, type InvitationDocument } from "../models/Invitation";
import { User, type UserDocument } from "../models/User";
import passwordSetter from "./passwordSetter";

export const invitationInvalid = () =>
  new HttpError(404, "invitation_invalid", "This invitation is not valid: it was used, revoked, has expired or never existed");

/** A pending invitation for this token, or null. */
export async function findPendingInvitation(token: string): Promise<InvitationDocument | null> {
  return Invitation.findOne({ tokenHash: hashLinkToken(token), acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } });
}

/** Accepts an invitation: single use, even under a race; creates the account with the invited role. */
export default async function invitationAccepter(props: {
  token: string;
  input: z.output<typeof acceptInvitationSchema>;
}): Promise<{ user: UserDocument; invitation: InvitationDocument }> {
  const pending = await findPendingInvitation(props.token);
  if (!pending) throw invitationInvalid();
  const passwordHash = await passwordSetter({ password: props.input.password, name: props.input.name, email: pending.email });
  // Exactly one of two racing acceptances wins (see server/db/claims.ts).
  const claim = `invitation:${pending.id}`;
  if (!(await claimOnce(claim))) throw invitationInvalid();
  const invitation = await Invitation.findOne({ _id: pending._id, acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } });
  if (!invitation) {
    await releaseClaim(claim);
    throw invitationInvalid();
  }
  invitation.acceptedAt = new Date();
  await invitation.save();
  try {
    if (await User.exists({ email: invitation.email })) throw Conflict("Someone already has an account with this e-mail address", "account_exists");
    const user = await User.create({
      name: props.input.name,
      email: invitation.email,
      role: invitation.role,
      language: props.input.language,
      organisationId: invitation.organisationId,
      accessUntil: invitation.accessUntil,
      passwordHash,
    });
    invitation.acceptedUserId = user._id;
    await invitation.save();
    return { user, invitation };
  } catch (error) {
    await Invitation.updateOne({ _id: invitation._id }, { $set: { acceptedAt: null } });
    await releaseClaim(claim);
    throw error;
  }
}
