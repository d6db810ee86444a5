import { z } from "zod";
import {
  changePasswordSchema,
  confirmTotpSchema,
  passwordConfirmationSchema,
  updateAccountSchema,
} from "../../../shared/schemas/accounts";
import type { PresentedAccount, PresentedSession, RecoveryCodes, TotpSetup } from "../../../shared/types";
import { audit } from "../../audit/auditLog";
import { verifyPassword } from "../../auth/passwordHashing";
import { auditContext, destroySession } from "../../auth/signIn";
import { twoFactorRequired } from "../../auth/twoFactorRules";
import accountUpdater from "../../commands/accountUpdater";
import ownPasswordChanger from "../../commands/ownPasswordChanger";
import sessionRevoker from "../../commands/sessionRevoker";
import { confirmTotpEnrolment, disableTotp, regenerateRecoveryCodes, startTotpEnrolment } from "../../commands/totpEnroller";
import { HttpError, NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireAccount, requireSignedIn } from "../../middlewares/authenticate";
import { SessionRecord } from "../../models/SessionRecord";
import type { UserDocument } from "../../models/User";
import { authorize } from "../../policies";
import { presentAccount, presentSession } from "../../presenters/accounts";
import { organisationRefs } from "../../presenters/organisationLookup";

const wrongPassword = () => new HttpError(403, "wrong_password", "Your current password is not right");
const sessionParams = z.object({ id: z.string().min(1).max(100) });

async function confirmPassword(user: UserDocument, password: string): Promise<void> {
  if (!(await verifyPassword(user.passwordHash, password))) throw wrongPassword();
}

async function present(user: UserDocument): Promise<PresentedAccount> {
  return presentAccount(user, await organisationRefs([user.organisationId]));
}

export function registerAccountRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/account", summary: "My account", tag: "account", access: "signed in (also during 2FA enrolment)", before: [requireAccount] },
    ({ req }) => present(currentUser(req)),
  );

  api.add(
    { method: "patch", path: "/account", summary: "Change my name or language", tag: "account", access: "signed in (also during 2FA enrolment)", before: [requireAccount], body: updateAccountSchema },
    async ({ body, req }) => {
      return present(await accountUpdater({ user: currentUser(req), input: body }));
    },
  );

  api.add(
    { method: "post", path: "/account/password", summary: "Change my password (signs out my other sessions)", tag: "account", access: "signed in", before: [requireSignedIn], body: changePasswordSchema, status: 204 },
    async ({ body, req }) => {
      await ownPasswordChanger({ user: currentUser(req), currentPassword: body.currentPassword, newPassword: body.newPassword, sessionId: req.sessionID, ip: req.ip ?? "" });
    },
  );

  api.add(
    { method: "post", path: "/account/two-factor/setup", summary: "Start two-factor enrolment: a new secret and its QR code", tag: "account", access: "signed in (also during 2FA enrolment)", before: [requireAccount] },
    async ({ req }): Promise<TotpSetup> => startTotpEnrolment(currentUser(req)),
  );

  api.add(
    { method: "post", path: "/account/two-factor/confirm", summary: "Finish enrolment with a code; returns 10 recovery codes once", tag: "account", access: "signed in (also during 2FA enrolment)", before: [requireAccount], body: confirmTotpSchema },
    async ({ body, req }): Promise<RecoveryCodes> => {
      const user = currentUser(req);
      const codes = await confirmTotpEnrolment(user, body.code);
      await audit({ action: "two_factor.enabled", ...auditContext(req), target: { type: "user", id: user.id, label: user.email } });
      return { codes };
    },
  );

  api.add(
    { method: "post", path: "/account/two-factor/recovery-codes", summary: "Replace my recovery codes", tag: "account", access: "signed in", before: [requireSignedIn], body: passwordConfirmationSchema },
    async ({ body, req }): Promise<RecoveryCodes> => {
      const user = currentUser(req);
      await confirmPassword(user, body.password);
      const codes = await regenerateRecoveryCodes(user);
      await audit({ action: "two_factor.recovery_codes_replaced", ...auditContext(req), target: { type: "user", id: user.id, label: user.email } });
      return { codes };
    },
  );

  api.add(
    { method: "post", path: "/account/two-factor/disable", summary: "Turn two-factor sign-in off (where it is not mandatory)", tag: "account", access: "signed in", before: [requireSignedIn], body: passwordConfirmationSchema, status: 204 },
    async ({ body, req }) => {
      const user = currentUser(req);
      await confirmPassword(user, body.password);
      if (await twoFactorRequired(user.role)) throw new HttpError(403, "two_factor_required", "Two-factor sign-in is mandatory for your account");
      await disableTotp(user);
      await audit({ action: "two_factor.disabled", ...auditContext(req), target: { type: "user", id: user.id, label: user.email } });
    },
  );

  api.add(
    { method: "get", path: "/account/sessions", summary: "My active sessions", tag: "account", access: "signed in", before: [requireSignedIn] },
    async ({ req }): Promise<PresentedSession[]> => {
      const user = currentUser(req);
      authorize(user, "session.listOwn");
      const records = await SessionRecord.find({ userId: user._id, expiresAt: { $gt: new Date() } }).sort({ lastSeenAt: -1 }).lean();
      return records.map((record) => presentSession(record, req.sessionID));
    },
  );

  api.add(
    { method: "delete", path: "/account/sessions/:id", summary: "Sign out one of my sessions", tag: "account", access: "signed in (own sessions only)", before: [requireSignedIn], params: sessionParams, status: 204 },
    async ({ params, req, res }) => {
      const user = currentUser(req);
      const record = await SessionRecord.findById(params.id).lean();
      if (!record) throw NotFound();
      authorize(user, "session.revoke", { userId: record.userId ? String(record.userId) : null });
      await sessionRevoker({ userId: user.id, sessionIds: [params.id] });
      await audit({ action: "session.revoked", ...auditContext(req), target: { type: "session", id: params.id.slice(0, 8), label: record.userAgent ?? "" } });
      if (params.id === req.sessionID) res.clearCookie("greychair.sid", { path: "/" });
    },
  );

  api.add(
    { method: "post", path: "/account/sessions/revoke-all", summary: "Sign out everywhere, this session included", tag: "account", access: "signed in", before: [requireSignedIn], status: 204 },
    async ({ req, res }) => {
      const user = currentUser(req);
      const context = auditContext(req);
      const revoked = await sessionRevoker({ userId: user.id });
      await audit({ action: "session.revoked_all", ...context, target: { type: "user", id: user.id, label: user.email }, details: { count: revoked.length } });
      await destroySession(req);
      res.clearCookie("greychair.sid", { path: "/" });
    },
  );
}
