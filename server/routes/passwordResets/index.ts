import { z } from "zod";
import { linkTokenSchema, resetPasswordSchema } from "../../../shared/schemas/accounts";
import { findValidLink } from "../../commands/oneTimeLinkClaimer";
import passwordResetter from "../../commands/passwordResetter";
import { NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";

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
    { method: "post", path: "/password-resets/:token", summary: "Set a new password with a reset link (ends all sessions)", tag: "account", access: "public (link holder)", params: tokenParams, body: resetPasswordSchema, status: 204 },
    ({ params, body, req }) => passwordResetter({ token: params.token, password: body.password, ip: req.ip ?? "" }),
  );
}
