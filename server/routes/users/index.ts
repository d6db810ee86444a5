import { z } from "zod";
import { objectIdSchema, passwordResetLinkSchema, updateUserSchema } from "../../../shared/schemas/accounts";
import type { CreatedLink, PresentedUser } from "../../../shared/types";
import { auditContext } from "../../auth/signIn";
import { passwordResetMailer } from "../../commands/accountLinkMailer";
import passwordResetLinkIssuer from "../../commands/passwordResetLinkIssuer";
import userUpdater from "../../commands/userUpdater";
import { NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { publicBaseUrl } from "../../http/publicBaseUrl";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { User } from "../../models/User";
import { authorize } from "../../policies";
import { presentUser, USER_LIST_FIELDS, type UserRef } from "../../presenters/accounts";
import { organisationRefs } from "../../presenters/organisationLookup";
import { actingUser } from "../meetings/context";
import { notificationRuntime } from "../notifications/runtime";

const idParams = z.object({ id: objectIdSchema });

export function registerUserRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/users", summary: "All accounts", tag: "users", access: "secretariat", before: [requireSignedIn] },
    async ({ req }): Promise<PresentedUser[]> => {
      authorize(currentUser(req), "user.list");
      const users = await User.find({}, USER_LIST_FIELDS).sort({ name: 1 }).limit(2000).lean<UserRef[]>();
      const organisations = await organisationRefs(users.map((u) => u.organisationId));
      return users.map((user) => presentUser(user, organisations));
    },
  );

  api.add(
    { method: "patch", path: "/users/:id", summary: "Change a user's role, organisation, access end or active state", tag: "users", access: "secretariat (not on themselves)", before: [requireSignedIn], params: idParams, body: updateUserSchema },
    async ({ params, body, req }): Promise<PresentedUser> => {
      const target = await User.findById(params.id);
      if (!target) throw NotFound();
      authorize(currentUser(req), "user.update", { id: target.id });
      const updated = await userUpdater({ target, input: body, audit: auditContext(req) });
      return presentUser(updated, await organisationRefs([updated.organisationId]));
    },
  );

  api.add(
    { method: "post", path: "/users/:id/password-reset", summary: "Issue a single-use password reset link (1 hour); shown once, and e-mailed to the user when asked and mail is on", tag: "users", access: "secretariat", before: [requireSignedIn], params: idParams, body: passwordResetLinkSchema, status: 201 },
    async ({ params, body, req }): Promise<CreatedLink> => {
      const { token, expiresAt, linkId, user } = await passwordResetLinkIssuer({ actor: actingUser(req), userId: params.id });
      const emailQueued = body.sendEmail ? await passwordResetMailer({ runtime: notificationRuntime(req), actor: actingUser(req), user, linkId, token }) : false;
      return { link: `${publicBaseUrl(req)}/reset/${token}`, expiresAt: expiresAt.toISOString(), emailQueued };
    },
  );
}
