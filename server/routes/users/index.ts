import { z } from "zod";
import { objectIdSchema, updateUserSchema } from "../../../shared/schemas/accounts";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import type { CreatedLink, PresentedUser } from "../../../shared/types";
import { audit } from "../../audit/auditLog";
import { createLinkToken } from "../../auth/linkTokens";
import { auditContext } from "../../auth/signIn";
import userUpdater from "../../commands/userUpdater";
import { NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { publicBaseUrl } from "../../http/publicBaseUrl";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { OneTimeLink } from "../../models/OneTimeLink";
import { User } from "../../models/User";
import { authorize } from "../../policies";
import { presentUser, USER_LIST_FIELDS, type UserRef } from "../../presenters/accounts";
import { organisationRefs } from "../../presenters/organisationLookup";

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
    { method: "post", path: "/users/:id/password-reset", summary: "Issue a single-use password reset link (1 hour)", tag: "users", access: "secretariat", before: [requireSignedIn], params: idParams, status: 201 },
    async ({ params, req }): Promise<CreatedLink> => {
      authorize(currentUser(req), "user.resetPassword");
      const target = await User.findById(params.id);
      if (!target) throw NotFound();
      await OneTimeLink.deleteMany({ purpose: "password_reset", userId: target._id, usedAt: null });
      const { token, hash } = createLinkToken();
      const expiresAt = new Date(Date.now() + ACCOUNT_LIMITS.passwordResetMinutes * 60_000);
      await OneTimeLink.create({ purpose: "password_reset", tokenHash: hash, userId: target._id, createdBy: currentUser(req)._id, expiresAt });
      await audit({ action: "user.password_reset_issued", ...auditContext(req), target: { type: "user", id: target.id, label: target.email } });
      return { link: `${publicBaseUrl(req)}/reset/${token}`, expiresAt: expiresAt.toISOString() };
    },
  );
}
