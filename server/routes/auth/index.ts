import { z } from "zod";
import { secondFactorSchema, signInSchema } from "../../../shared/schemas/accounts";
import { audit, type AuditEvent } from "../../audit/auditLog";
import { verifyAgainstDummy, verifyPassword } from "../../auth/passwordHashing";
import { destroySession, regenerateSession, signIn, auditContext } from "../../auth/signIn";
import {
  claimCodeAttempt,
  claimSignInAttempt,
  clearSignInFailures,
  CODE_ATTEMPTS_PER_SIGN_IN,
  lockedByFailure,
  newPendingSignInId,
  releaseSlots,
  type ClaimedAttempt,
} from "../../auth/signInThrottle";
import { stampSession } from "../../auth/sessionMiddleware";
import { sessionStage } from "../../auth/twoFactorRules";
import secondFactorVerifier from "../../commands/secondFactorVerifier";
import { HttpError, Unauthorized } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { User, userMayUseAccount } from "../../models/User";
import { presentSessionState } from "../../presenters/sessionState";

const sessionStateSchema = z.object({ stage: z.string(), csrfToken: z.string() }).loose();
const invalidCredentials = () => new HttpError(401, "invalid_credentials", "The e-mail address or password is not right");

const startOver = () => new HttpError(401, "second_factor_restart", "Too many codes were tried: sign in with your password again");

/** Audits a failed password or code (already counted by the claim), and the lockout it may cause. */
async function failedAttempt(props: { attempt: ClaimedAttempt; action: string; ip: string; target: AuditEvent["target"]; details?: Record<string, unknown> }): Promise<void> {
  const common = { ip: props.ip, target: props.target, details: props.details };
  await audit({ ...common, action: props.action, result: "failure" });
  if (lockedByFailure(props.attempt)) await audit({ ...common, action: "auth.lockout", result: "denied" });
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
      // Counted before argon2 runs, so parallel guesses are judged one by one (see claimSignInAttempt).
      const attempt = await claimSignInAttempt(body.email, ip);
      const user = await User.findOne({ email: body.email });
      // Unknown e-mail costs the same argon2 verification as a wrong password: equal timing.
      const passwordOk = user ? await verifyPassword(user.passwordHash, body.password) : await verifyAgainstDummy(body.password);
      if (!user || !passwordOk || !userMayUseAccount(user)) {
        const target = user ? { type: "user", id: user.id, label: user.email } : null;
        await failedAttempt({ attempt, action: "auth.sign_in", ip, target, details: { email: body.email } });
        throw invalidCredentials();
      }
      await releaseSlots(attempt);
      if (user.totp?.enabledAt) {
        // The failures so far are kept: only a full sign-in clears them, so wrong codes add to them.
        await regenerateSession(req);
        stampSession(req);
        req.session.pendingSecondFactor = { userId: user.id, at: Date.now(), id: newPendingSignInId() };
        await audit({ action: "auth.password_accepted", ip, actor: { id: user.id, name: user.name } });
        return presentSessionState(req);
      }
      await clearSignInFailures(body.email);
      await signIn(req, user);
      await audit({ action: "auth.sign_in", ip, actor: { id: user.id, name: user.name }, details: { method: "password" } });
      return presentSessionState(req);
    },
  );

  api.add(
    { method: "post", path: "/auth/second-factor", summary: "Second sign-in step: a TOTP code or a recovery code", tag: "auth", access: "after the password step", body: secondFactorSchema, response: sessionStateSchema },
    async ({ body, req }) => {
      const pending = req.session.pendingSecondFactor;
      if ((await sessionStage(req)) !== "second_factor" || !pending?.id) throw Unauthorized("Sign in with your password first");
      const ip = req.ip ?? "";
      const user = await User.findById(pending.userId);
      if (!user || !userMayUseAccount(user)) throw Unauthorized("Sign in with your password first");
      const target = { type: "user", id: user.id, label: user.email };
      // Codes count towards the same account lockout as passwords, and only five per pending sign-in.
      const attempt = await claimSignInAttempt(user.email, ip);
      const codeNumber = await claimCodeAttempt(pending.id);
      if (codeNumber === 0) {
        delete req.session.pendingSecondFactor;
        await failedAttempt({ attempt, action: "auth.second_factor", ip, target, details: { reason: "too_many_codes" } });
        throw startOver();
      }
      const method = await secondFactorVerifier({ user, code: body.code });
      if (!method) {
        await failedAttempt({ attempt, action: "auth.second_factor", ip, target });
        if (codeNumber < CODE_ATTEMPTS_PER_SIGN_IN) throw new HttpError(401, "invalid_code", "That code is not right, or was already used");
        delete req.session.pendingSecondFactor;
        throw startOver();
      }
      await releaseSlots(attempt);
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
