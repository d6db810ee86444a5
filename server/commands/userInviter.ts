import type { z } from "zod";
import type { createInvitationSchema } from "../../shared/schemas/accounts";
import { ACCOUNT_LIMITS } from "../../shared/validations";
import { createLinkToken } from "../auth/linkTokens";
import { audit } from "../audit/auditLog";
import { Conflict, Validation } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { Invitation, type InvitationDocument } from "../models/Invitation";
import { Organisation } from "../models/Organisation";
import { User } from "../models/User";
import { authorize } from "../policies";

/**
 * Creates an invitation (`invitation.create`) and returns it with the token for the link (shown
 * once; only its hash is kept). Audited.
 */
export default async function userInviter(props: {
  inviter: ActingUser;
  input: z.output<typeof createInvitationSchema>;
}): Promise<{ invitation: InvitationDocument; token: string }> {
  const { input } = props;
  authorize(props.inviter, "invitation.create");
  if (await User.exists({ email: input.email })) throw Conflict("Someone already has an account with this e-mail address", "account_exists");
  if (input.organisationId && !(await Organisation.exists({ _id: input.organisationId }))) {
    throw Validation([{ path: "body.organisationId", message: "unknown organisation" }]);
  }
  const { token, hash } = createLinkToken();
  const invitation = await Invitation.create({
    email: input.email,
    role: input.role,
    organisationId: input.organisationId ?? null,
    accessUntil: input.accessUntil ? endOfDay(input.accessUntil) : null,
    tokenHash: hash,
    expiresAt: new Date(Date.now() + ACCOUNT_LIMITS.invitationDays * 86_400_000),
    invitedBy: props.inviter.id,
  });
  await audit({ action: "invitation.created", ...auditActor(props.inviter), target: { type: "invitation", id: invitation.id, label: invitation.email }, details: { role: invitation.role } });
  return { invitation, token };
}

/** Access "until 2026-12-31" includes that whole day, in Brussels. */
export function endOfDay(isoDate: string): Date {
  return new Date(`${isoDate}T23:59:59+01:00`);
}
