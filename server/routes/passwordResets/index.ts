import { z } from "zod";
import { linkTokenSchema, resetPasswordSchema } from "../../../shared/schemas/accounts";
import { audit } from "../../audit/auditLog";
import { clearSignInFailures } from "../../auth/signInThrottle";
import { claimLink, findValidLink } from "../../commands/oneTimeLinkClaimer";
import passwordSetter from "../../commands/passwordSetter";
import sessionRevoker from "../../commands/sessionRevoker";
import { NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { User } from "../../models/User";

const tokenParams = z.object({ token: linkTokenSchema });
const invalidLink = () => NotFound("This link is not valid: it was used, has expired or never existed");

export function registerPasswordResetRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/password-resets/:token", summary: "Whether a password reset link is still valid", tag: "account", access: "public (link holder)", params: tokenParams, response: z.object({ valid: z.literal(true) }) },
    async ({ params }) => {
      if (!(await findValidLink(params.token, "password_reset"))) throw invalidLink();
      return { valid: true as const };
    },
  );

  api.add(
    { method: "post", path: "/password-resets/:token", summary: "Set a new password with a reset link (ends all sessions)", tag: "account", access: "public (link holder)", params: tokenParams, body: resetPasswordSchema },
    async ({ params, body, req }) => {
      const link = await findValidLink(params.token, "password_reset");
      const user = link?.userId ? await User.findById(link.userId) : null;
      if (!link || !user) throw invalidLink();
      const passwordHash = await passwordSetter({ password: body.password, name: user.name, email: user.email });
      if (!(await claimLink(params.token, "password_reset"))) throw invalidLink();
      user.passwordHash = passwordHash;
      await user.save();
      await clearSignInFailures(user.email);
      await sessionRevoker({ userId: user.id });
      await audit({ action: "user.password_reset", ip: req.ip ?? "", actor: { id: user.id, name: user.name }, target: { type: "user", id: user.id, label: user.email } });
    },
  );
}
