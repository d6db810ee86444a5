import { allow, type Actor } from "./types";

const isSecretariat = (actor: Actor) => actor.role === "secretariat";
const ownNotification = allow<{ recipientId: string }>((actor, notification) => notification.recipientId === actor.id);

/**
 * Notifications are each person's own: lists and counts are always of the actor's (the routes query
 * by recipient), a single one only by its recipient. Outgoing mail is the secretariat's to watch.
 */
export const notificationPolicies = {
  "notification.list": allow(() => true),
  "notification.read": ownNotification,
  "notification.markRead": ownNotification,
  /** One's own notification preferences. */
  "notification.preferences": allow(() => true),
  /** Failed and queued e-mail, and sending a failed one again. */
  "mail.failures.read": allow(isSecretariat),
  "mail.retry": allow(isSecretariat),
};
