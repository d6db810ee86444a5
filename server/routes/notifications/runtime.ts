import type { Request } from "express";
import type { NotificationRuntime } from "../../notifications/notificationRuntime";

/** The server's notification runtime (server/server.ts puts it in app.locals). */
export function notificationRuntime(req: Request): NotificationRuntime {
  return req.app.locals.notifications as NotificationRuntime;
}
