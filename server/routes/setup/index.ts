import { z } from "zod";
import { firstAccountSchema, linkTokenSchema } from "../../../shared/schemas/accounts";
import { audit } from "../../audit/auditLog";
import { signIn } from "../../auth/signIn";
import firstAccountCreator from "../../commands/firstAccountCreator";
import { findValidLink } from "../../commands/oneTimeLinkClaimer";
import { NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { User } from "../../models/User";
import { presentSessionState } from "../../presenters/sessionState";

const tokenParams = z.object({ token: linkTokenSchema });

export function registerSetupRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/setup/:token", summary: "Whether a first-start link is still valid", tag: "setup", access: "public (link holder)", params: tokenParams, response: z.object({ valid: z.literal(true) }) },
    async ({ params }) => {
      const link = await findValidLink(params.token, "first_account");
      if (!link || (await User.countDocuments()) > 0) throw NotFound("This link is not valid: it was used, has expired or never existed");
      return { valid: true as const };
    },
  );

  api.add(
    { method: "post", path: "/setup/:token", summary: "Create the first secretariat account", tag: "setup", access: "public (link holder)", params: tokenParams, body: firstAccountSchema, status: 201 },
    async ({ params, body, req }) => {
      const user = await firstAccountCreator({ token: params.token, input: body });
      await signIn(req, user);
      await audit({ action: "account.first_created", actor: { id: user.id, name: user.name }, ip: req.ip ?? "", target: { type: "user", id: user.id, label: user.email } });
      return presentSessionState(req);
    },
  );
}
