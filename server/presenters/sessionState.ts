import type { Request } from "express";
import type { SessionState } from "../../shared/types";
import { sessionStage } from "../auth/twoFactorRules";
import { csrfTokenFor } from "../middlewares/csrf";
import { can } from "../policies";
import { presentAccount } from "./accounts";
import { organisationRefs } from "./organisationLookup";

/** What the client needs to know about its session, including a CSRF token for the next request. */
export async function presentSessionState(req: Request): Promise<SessionState> {
  const stage = await sessionStage(req);
  const user = req.user;
  const full = stage === "signed_in" ? user : undefined;
  return {
    stage,
    account: user ? presentAccount(user, await organisationRefs([user.organisationId])) : null,
    csrfToken: csrfTokenFor(req),
    abilities: {
      manageUsers: can(full, "user.list"),
      manageInvitations: can(full, "invitation.create"),
      manageSettings: can(full, "settings.update"),
      readAuditLog: can(full, "auditLog.read"),
      readQuarantine: can(full, "quarantine.read"),
    },
  };
}
