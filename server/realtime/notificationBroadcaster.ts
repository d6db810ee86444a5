import type { Role } from "../../shared/domain";
import { domainEvents } from "../domainEvents";
import { Notification, type NotificationRecord } from "../models/Notification";
import { User } from "../models/User";
import { unreadCount } from "../notifications/notificationQueries";
import { presentNotifications } from "../presenters/notifications";
import type { GreychairIo } from "./socketServer";

export const userRoom = (userId: string) => `user:${userId}`;

/**
 * Tells a user's sockets (the room user:<id>, joined at the handshake) about their new notifications
 * and read marks, presented for them as the notification centre shows them.
 */
export function attachNotificationBroadcaster(io: GreychairIo): () => void {
  const onCreated = (event: { notificationId: string; recipientId: string }) => void created(io, event).catch(() => {});
  const onRead = (event: { recipientId: string; ids: string[] | "all" }) =>
    void unreadCount(event.recipientId)
      .then((count) => io.to(userRoom(event.recipientId)).emit("notification.read", { ids: event.ids, unreadCount: count }))
      .catch(() => {});
  domainEvents.on("notification.created", onCreated);
  domainEvents.on("notification.read", onRead);
  return () => {
    domainEvents.off("notification.created", onCreated);
    domainEvents.off("notification.read", onRead);
  };
}

async function created(io: GreychairIo, event: { notificationId: string; recipientId: string }): Promise<void> {
  const room = io.to(userRoom(event.recipientId));
  if ((await io.in(userRoom(event.recipientId)).fetchSockets()).length === 0) return;
  const [record, user] = await Promise.all([
    Notification.findById(event.notificationId).lean<NotificationRecord>(),
    User.findById(event.recipientId, { role: 1, active: 1 }).lean(),
  ]);
  if (!record || !user?.active) return;
  const [notification] = await presentNotifications([record], { id: event.recipientId, role: user.role as Role, active: true });
  room.emit("notification.created", { notification: notification!, unreadCount: await unreadCount(event.recipientId) });
}
