import { domainEvents } from "../domainEvents";
import { NotFound } from "../errors";
import type { ActingUser } from "../meetings/actingUser";
import { Notification } from "../models/Notification";
import { unreadCount, unreadFilter } from "../notifications/notificationQueries";
import { authorize } from "../policies";

/** Marks one of the actor's notifications read (`notification.markRead`); marking it again changes nothing. */
export async function notificationReader(props: { actor: ActingUser; notificationId: string; now?: Date }): Promise<number> {
  const notification = await Notification.findById(props.notificationId, { recipientId: 1, read: 1 }).lean();
  if (!notification) throw NotFound("This notification was not found");
  authorize(props.actor, "notification.markRead", { recipientId: notification.recipientId });
  if (!notification.read) {
    await Notification.updateOne({ _id: notification._id, read: false }, { $set: { read: true, readAt: props.now ?? new Date() } });
    domainEvents.emit("notification.read", { recipientId: props.actor.id, ids: [props.notificationId] });
  }
  return unreadCount(props.actor.id);
}

/** Marks all of the actor's notifications read, or those created up to an instant (what they saw). */
export async function allNotificationsReader(props: { actor: ActingUser; upTo?: Date }): Promise<number> {
  authorize(props.actor, "notification.list");
  const filter = { ...unreadFilter(props.actor.id), ...(props.upTo ? { createdAt: { $lte: props.upTo } } : {}) };
  const { modifiedCount } = await Notification.updateMany(filter, { $set: { read: true, readAt: new Date() } });
  if (modifiedCount > 0) domainEvents.emit("notification.read", { recipientId: props.actor.id, ids: "all" });
  return unreadCount(props.actor.id);
}
