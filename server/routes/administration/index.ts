import { auditQuerySchema, settingsSchema } from "../../../shared/schemas/accounts";
import type { PresentedSettings } from "../../../shared/types";
import { verifyAuditLogHere } from "../../audit/trailVerification";
import settingsUpdater from "../../commands/settingsUpdater";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { AuditEntry } from "../../models/AuditEntry";
import { loadSettings } from "../../models/Setting";
import { authorize } from "../../policies";
import { presentAuditEntry } from "../../presenters/auditEntries";
import { notificationRuntime } from "../notifications/runtime";
import { actingUser } from "../meetings/context";

export function registerAdministrationRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/settings", summary: "Workspace settings", tag: "administration", access: "secretariat", before: [requireSignedIn] },
    async ({ req }): Promise<PresentedSettings> => {
      authorize(currentUser(req), "settings.read");
      return { ...(await loadSettings()), mail: await notificationRuntime(req).mailStatus() };
    },
  );

  api.add(
    { method: "patch", path: "/settings", summary: "Change workspace settings (the 'require 2FA for all' and 'include excerpts in e-mail' switches)", tag: "administration", access: "secretariat", before: [requireSignedIn], body: settingsSchema },
    async ({ body, req }): Promise<PresentedSettings> => {
      const settings = await settingsUpdater({ actor: actingUser(req), require2faForAll: body.require2faForAll, includeExcerpts: body.includeExcerpts });
      return { ...settings, mail: await notificationRuntime(req).mailStatus() };
    },
  );

  api.add(
    { method: "get", path: "/audit", summary: "The audit log, newest first, with filters", tag: "administration", access: "secretariat", before: [requireSignedIn], query: auditQuerySchema },
    async ({ query, req }) => {
      authorize(currentUser(req), "auditLog.read");
      const filter: Record<string, unknown> = {};
      if (query.action) filter.action = query.action;
      if (query.actorId) filter.actorId = query.actorId;
      if (query.result) filter.result = query.result;
      if (query.before) filter.seq = { $lt: query.before };
      if (query.from || query.to) {
        filter.at = {
          ...(query.from ? { $gte: new Date(`${query.from}T00:00:00Z`) } : {}),
          ...(query.to ? { $lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
        };
      }
      const entries = await AuditEntry.find(filter).sort({ seq: -1 }).limit(query.limit + 1).lean();
      const page = entries.slice(0, query.limit);
      return { entries: page.map(presentAuditEntry), nextBefore: entries.length > query.limit ? page[page.length - 1]!.seq : null };
    },
  );

  api.add(
    { method: "get", path: "/audit/verify", summary: "Verify the audit log's hash chain", tag: "administration", access: "secretariat", before: [requireSignedIn] },
    async ({ req }) => {
      authorize(currentUser(req), "auditLog.read");
      return verifyAuditLogHere();
    },
  );
}
