import { z } from "zod";
import { acceptInvitationSchema, createInvitationSchema, linkTokenSchema, objectIdSchema } from "../../../shared/schemas/accounts";
import type { Language } from "../../../shared/languages";
import type { CreatedLink, InvitationPreview, PresentedInvitation } from "../../../shared/types";
import { audit } from "../../audit/auditLog";
import { signIn } from "../../auth/signIn";
import { invitationMailer } from "../../commands/accountLinkMailer";
import invitationAccepter, { findPendingInvitation, invitationInvalid } from "../../commands/invitationAccepter";
import invitationRevoker from "../../commands/invitationRevoker";
import userInviter from "../../commands/userInviter";
import type { ApiRouter } from "../../http/apiRouter";
import { publicBaseUrl } from "../../http/publicBaseUrl";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { Invitation, type InvitationDocument } from "../../models/Invitation";
import { User } from "../../models/User";
import { authorize } from "../../policies";
import { presentInvitation } from "../../presenters/accounts";
import { organisationRefs } from "../../presenters/organisationLookup";
import { presentSessionState } from "../../presenters/sessionState";
import { actingUser } from "../meetings/context";
import { notificationRuntime } from "../notifications/runtime";

const tokenParams = z.object({ token: linkTokenSchema });
const idParams = z.object({ id: objectIdSchema });

async function presentInvitations(invitations: InvitationDocument[]): Promise<PresentedInvitation[]> {
  const organisations = await organisationRefs(invitations.map((i) => i.organisationId));
  const inviters = await User.find({ _id: { $in: invitations.map((i) => i.invitedBy) } }, { name: 1 });
  const names = new Map(inviters.map((u) => [u.id as string, u.name]));
  return invitations.map((invitation) => presentInvitation(invitation, organisations, names));
}

export function registerInvitationRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/invitations", summary: "All invitations, newest first", tag: "invitations", access: "secretariat", before: [requireSignedIn] },
    async ({ req }) => {
      authorize(currentUser(req), "invitation.list");
      return presentInvitations(await Invitation.find().sort({ createdAt: -1 }).limit(500));
    },
  );

  api.add(
    { method: "post", path: "/invitations", summary: "Invite someone by e-mail address and role; returns the single-use link once (and e-mails it when asked and mail is on)", tag: "invitations", access: "secretariat", before: [requireSignedIn], body: createInvitationSchema, status: 201 },
    async ({ body, req }) => {
      const { invitation, token } = await userInviter({ inviter: actingUser(req), input: body });
      const [presented] = await presentInvitations([invitation]);
      const emailQueued = body.sendEmail
        ? await invitationMailer({ runtime: notificationRuntime(req), actor: actingUser(req), invitation, token, language: body.language ?? body.emailLanguage ?? (currentUser(req).language as Language) })
        : false;
      const link: CreatedLink = { link: `${publicBaseUrl(req)}/invite/${token}`, expiresAt: invitation.expiresAt.toISOString(), emailQueued };
      return { invitation: presented, link };
    },
  );

  api.add(
    { method: "delete", path: "/invitations/:id", summary: "Revoke a pending invitation", tag: "invitations", access: "secretariat", before: [requireSignedIn], params: idParams, status: 204 },
    ({ params, req }) => invitationRevoker({ actor: actingUser(req), invitationId: params.id }),
  );

  api.add(
    { method: "get", path: "/invitations/by-token/:token", summary: "What an invitation link offers", tag: "invitations", access: "public (link holder)", params: tokenParams },
    async ({ params }): Promise<InvitationPreview> => {
      const invitation = await findPendingInvitation(params.token);
      if (!invitation) throw invitationInvalid();
      return { email: invitation.email, role: invitation.role, name: invitation.name ?? null, language: (invitation.language as Language | null) ?? null, expiresAt: invitation.expiresAt.toISOString() };
    },
  );

  api.add(
    { method: "post", path: "/invitations/by-token/:token/accept", summary: "Accept an invitation: create the account and sign in", tag: "invitations", access: "public (link holder)", params: tokenParams, body: acceptInvitationSchema, status: 201 },
    async ({ params, body, req }) => {
      const { user, invitation } = await invitationAccepter({ token: params.token, input: body });
      await signIn(req, user);
      await audit({ action: "invitation.accepted", actor: { id: user.id, name: user.name }, ip: req.ip ?? "", target: { type: "invitation", id: invitation.id, label: invitation.email }, details: { role: user.role } });
      return presentSessionState(req);
    },
  );
}
