import { z } from "zod";
import { secondFactorSchema, signInSchema } from "../../../shared/schemas/accounts";
import { audit, type AuditEvent } from "../../audit/auditLog";
import { verifyAgainstDummy, verifyPassword } from "../../auth/passwordHashing";
import { destroySession, regenerateSession, signIn, auditContext } from "../../auth/signIn";
import { checkSignInAllowed, clearSignInFailures, recordSignInFailure } from "../../auth/signInThrottle";
import { stampSession } from "../../auth/sessionMiddleware";
import { sessionStage } from "../../auth/twoFactorRules";
import secondFactorVerifier from "../../commands/secondFactorVerifier";
import { HttpError, Unauthorized } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { User, userMayUseAccount } from "../../models/User";
import { presentSessionState } from "../../presenters/sessionState";

const sessionStateSchema = z.object({ stage: z.string(), csrfToken: z.string() }).loose();
const invalidCredentials = () => new HttpError(401, "invalid_credentials", "The e-mail address or password is not right");

/** Counts a failed password or code against the throttle and audits it, and the lockout it may cause. */
async function failedAttempt(props: { action: string; email: string; ip: string; target: AuditEvent["target"]; details?: Record<string, unknown> }): Promise<void> {
  const locked = await recordSignInFailure(props.email, props.ip);
  const common = { ip: props.ip, target: props.target, details: props.details };
  await audit({ ...common, action: props.action, result: "failure" });
  if (locked) await audit({ ...common, action: "auth.lockout", result: "denied" });
}

export function registerAuthRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/auth/session", summary: "The session's stage, account and CSRF token", tag: "auth", access: "public", response: sessionStateSchema },
    ({ req }) => presentSessionState(req),
  );

  api.add(
    { method: "post", path: "/auth/sign-in", summary: "Sign in with e-mail and password", tag: "auth", access: "public", body: signInSchema, response: sessionStateSchema },
    async ({ body, req }) => {
      const ip = req.ip ?? "";
      await checkSignInAllowed(body.email, ip);
      const user = await User.findOne({ email: body.email });
      // Unknown e-mail costs the same argon2 verification as a wrong password: equal timing.
      const passwordOk = user ? await verifyPassword(user.passwordHash, body.password) : await verifyAgainstDummy(body.password);
      if (!user || !passwordOk || !userMayUseAccount(user)) {
        const target = user ? { type: "user", id: user.id, label: user.email } : null;
        await failedAttempt({ action: "auth.sign_in", email: body.email, ip, target, details: { email: body.email } });
        throw invalidCredentials();
      }
      await clearSignInFailures(body.email);
      if (user.totp?.enabledAt) {
        await regenerateSession(req);
        stampSession(req);
        req.session.pendingSecondFactor = { userId: user.id, at: Date.now() };
        await audit({ action: "auth.password_accepted", ip, actor: { id: user.id, name: user.name } });
        return presentSessionState(req);
      }
      await signIn(req, user);
      await audit({ action: "auth.sign_in", ip, actor: { id: user.id, name: user.name }, details: { method: "password" } });
      return presentSessionState(req);
    },
  );

  api.add(
    { method: "post", path: "/auth/second-factor", summary: "Second sign-in step: a TOTP code or a recovery code", tag: "auth", access: "after the password step", body: secondFactorSchema, response: sessionStateSchema },
    async ({ body, req }) => {
      const pending = req.session.pendingSecondFactor;
      if ((await sessionStage(req)) !== "second_factor" || !pending) throw Unauthorized("Sign in with your password first");
      const ip = req.ip ?? "";
      const user = await User.findById(pending.userId);
      if (!user || !userMayUseAccount(user)) throw Unauthorized("Sign in with your password first");
      await checkSignInAllowed(user.email, ip);
      const method = await secondFactorVerifier({ user, code: body.code });
      if (!method) {
        await failedAttempt({ action: "auth.second_factor", email: user.email, ip, target: { type: "user", id: user.id, label: user.email } });
        throw new HttpError(401, "invalid_code", "That code is not right, or was already used");
      }
      await clearSignInFailures(user.email);
      delete req.session.pendingSecondFactor;
      await signIn(req, user);
      await audit({ action: "auth.sign_in", ip, actor: { id: user.id, name: user.name }, details: { method } });
      return presentSessionState(req);
    },
  );

  api.add(
    { method: "post", path: "/auth/sign-out", summary: "Sign out of this session", tag: "auth", access: "public" },
    async ({ req, res }) => {
      const context = auditContext(req);
      if (context.actor) await audit({ action: "auth.sign_out", ...context });
      await destroySession(req);
      res.clearCookie("greychair.sid", { path: "/" });
    },
  );
}
