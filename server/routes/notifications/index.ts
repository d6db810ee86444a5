import { z } from "zod";
import { DIGEST_TIME, type NotificationPage, type PresentedNotification, type PresentedNotificationPreferences } from "../../../shared/notificationTypes";
import { markAllReadSchema, notificationListQuerySchema, notificationParamsSchema, preferencesUpdateSchema } from "../../../shared/schemas/notifications";
import { allNotificationsReader, notificationReader } from "../../commands/notificationReader";
import { BadRequest, NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { requireSignedIn } from "../../middlewares/authenticate";
import { Notification, type NotificationRecord } from "../../models/Notification";
import { unreadCount } from "../../notifications/notificationQueries";
import { preferenceList, savePreferences } from "../../notifications/preferences";
import { authorize } from "../../policies";
import { presentNotifications } from "../../presenters/notifications";
import { actingUser } from "../meetings/context";
import { registerMailAdministrationRoutes } from "./mailAdministration";
import { notificationRuntime } from "./runtime";

const before = [requireSignedIn];
const unreadCountSchema = z.object({ unreadCount: z.number().int() });

interface Cursor {
  read: boolean;
  at: number;
  id: string;
}

const encodeCursor = (record: NotificationRecord): string =>
  Buffer.from(JSON.stringify({ read: record.read, at: record.createdAt.getTime(), id: String(record._id) })).toString("base64url");

function decodeCursor(value: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Cursor;
    if (typeof cursor.read === "boolean" && Number.isFinite(cursor.at) && /^[0-9a-f]{24}$/.test(cursor.id)) return cursor;
  } catch {
    // fall through
  }
  throw BadRequest("This cursor is not valid: start from the first page");
}

/** Everything after the cursor in the order (read?, createdAt desc, _id desc), as a filter (no skip: pages stay stable). */
function afterCursor(cursor: Cursor, unreadFirst: boolean): Record<string, unknown> {
  const at = new Date(cursor.at);
  const withinGroup = { $or: [{ createdAt: { $lt: at } }, { createdAt: at, _id: { $lt: cursor.id } }] };
  if (!unreadFirst) return withinGroup;
  return cursor.read ? { read: true, ...withinGroup } : { $or: [{ read: true }, { read: false, ...withinGroup }] };
}

async function preferencesAnswer(req: Parameters<typeof notificationRuntime>[0], userId: string): Promise<PresentedNotificationPreferences> {
  return { preferences: await preferenceList(userId), mailEnabled: notificationRuntime(req).mail !== null, digestTime: DIGEST_TIME };
}

/**
 * The notification centre: a person's own notifications only (every query is by recipient), the
 * unread count, marking read, and their preferences. Live updates go to the room user:<id>.
 */
export function registerNotificationRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/notifications", summary: "The signed-in user's notifications, unread first (or newest first), a page at a time", tag: "notifications", access: "signed in (own notifications)", before, query: notificationListQuerySchema },
    async ({ query, req }): Promise<NotificationPage> => {
      const actor = actingUser(req);
      authorize(actor, "notification.list");
      const unreadFirst = query.order === "unread_first";
      const filter: Record<string, unknown> = { recipientId: actor.id, inApp: true, ...(query.unread ? { read: false } : {}) };
      if (query.cursor) Object.assign(filter, afterCursor(decodeCursor(query.cursor), unreadFirst));
      const sort: Record<string, 1 | -1> = unreadFirst ? { read: 1, createdAt: -1, _id: -1 } : { createdAt: -1, _id: -1 };
      const records = await Notification.find(filter).sort(sort).limit(query.limit + 1).lean<NotificationRecord[]>();
      const page = records.slice(0, query.limit);
      return {
        notifications: await presentNotifications(page, actor),
        unreadCount: await unreadCount(actor.id),
        nextCursor: records.length > query.limit ? encodeCursor(page[page.length - 1]!) : null,
      };
    },
  );

  api.add(
    { method: "get", path: "/notifications/unread-count", summary: "How many of the user's notifications are unread", tag: "notifications", access: "signed in (own notifications)", before, response: unreadCountSchema },
    async ({ req }) => {
      const actor = actingUser(req);
      authorize(actor, "notification.list");
      return { unreadCount: await unreadCount(actor.id) };
    },
  );

  api.add(
    { method: "post", path: "/notifications/read-all", summary: "Mark all the user's notifications read (or those created up to an instant)", tag: "notifications", access: "signed in (own notifications)", before, body: markAllReadSchema, response: unreadCountSchema },
    async ({ body, req }) => ({ unreadCount: await allNotificationsReader({ actor: actingUser(req), upTo: body.upTo ? new Date(body.upTo) : undefined }) }),
  );

  api.add(
    { method: "get", path: "/notifications/preferences", summary: "The user's notification preferences per type: in the app, and e-mail at once, in the daily digest or never", tag: "notifications", access: "signed in (own preferences)", before },
    async ({ req }): Promise<PresentedNotificationPreferences> => {
      const actor = actingUser(req);
      authorize(actor, "notification.preferences");
      return preferencesAnswer(req, actor.id);
    },
  );

  api.add(
    { method: "patch", path: "/notifications/preferences", summary: "Change some notification preferences", tag: "notifications", access: "signed in (own preferences)", before, body: preferencesUpdateSchema },
    async ({ body, req }): Promise<PresentedNotificationPreferences> => {
      const actor = actingUser(req);
      authorize(actor, "notification.preferences");
      await savePreferences(actor.id, body.preferences);
      return preferencesAnswer(req, actor.id);
    },
  );

  api.add(
    { method: "get", path: "/notifications/:id", summary: "One of the user's notifications, as the notification centre shows it", tag: "notifications", access: "its recipient", before, params: notificationParamsSchema },
    async ({ params, req }): Promise<PresentedNotification> => {
      const actor = actingUser(req);
      const record = await Notification.findById(params.id).lean<NotificationRecord>();
      if (!record || !record.inApp) throw NotFound("This notification was not found");
      authorize(actor, "notification.read", { recipientId: record.recipientId });
      return (await presentNotifications([record], actor))[0]!;
    },
  );

  api.add(
    { method: "post", path: "/notifications/:id/read", summary: "Mark one notification read", tag: "notifications", access: "its recipient", before, params: notificationParamsSchema, response: unreadCountSchema },
    async ({ params, req }) => ({ unreadCount: await notificationReader({ actor: actingUser(req), notificationId: params.id }) }),
  );

  registerMailAdministrationRoutes(api);
}
