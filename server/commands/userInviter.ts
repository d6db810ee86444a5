import type { z } from "zod";
import type { createInvitationSchema } from "../../shared/schemas/accounts";
import { directoryOrganisationInputSchema } from "../../shared/schemas/directory";
import { ACCOUNT_LIMITS } from "../../shared/validations";
import { createLinkToken } from "../auth/linkTokens";
import { audit } from "../audit/auditLog";
import { Conflict, Validation } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { Invitation, type InvitationDocument } from "../models/Invitation";
import { Organisation } from "../models/Organisation";
import { User } from "../models/User";
import { authorize } from "../policies";
import organisationCreator from "./organisationCreator";

/**
 * Creates an invitation (`invitation.create`) and returns it with the token for the link (shown
 * once; only its hash is kept). It keeps the invitee's name and language when given, and adds
 * their organisation when it is new (`organisation.create`, audited as such). Audited.
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
  // Everything else is checked first: a refused invitation leaves no new organisation behind.
  const added = input.organisation ? await addOrganisation(props.inviter, input.organisation) : null;
  const { token, hash } = createLinkToken();
  let invitation: InvitationDocument;
  try {
    invitation = await Invitation.create({
      email: input.email,
      role: input.role,
      name: input.name ?? null,
      language: input.language ?? null,
      organisationId: added?._id ?? input.organisationId ?? null,
      accessUntil: input.accessUntil ? endOfDay(input.accessUntil) : null,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + ACCOUNT_LIMITS.invitationDays * 86_400_000),
      invitedBy: props.inviter.id,
    });
  } catch (error) {
    // No transactions on FerretDB: undo the organisation by hand.
    if (added) await Organisation.deleteOne({ _id: added._id });
    throw error;
  }
  await audit({ action: "invitation.created", ...auditActor(props.inviter), target: { type: "invitation", id: invitation.id, label: invitation.email }, details: { role: invitation.role } });
  return { invitation, token };
}

/** The invitee's organisation, new to the list: added as the organisations page would (name, discipline, country). */
function addOrganisation(inviter: ActingUser, organisation: NonNullable<z.output<typeof createInvitationSchema>["organisation"]>) {
  // The directory's actor also carries the inviter's own organisation and grant; creating an
  // organisation does not depend on them (secretariat only), and null can only refuse more.
  const actor = { ...inviter, ip: inviter.ip ?? "", organisationId: null, directoryPeopleUntil: null };
  return organisationCreator({ actor, input: directoryOrganisationInputSchema.parse(organisation) });
}

/** Access "until 2026-12-31" includes that whole day, in Brussels. */
export function endOfDay(isoDate: string): Date {
  return new Date(`${isoDate}T23:59:59+01:00`);
}
