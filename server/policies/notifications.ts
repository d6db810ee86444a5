import type { Rule } from "./types";

const isSecretariat: Rule = (actor) => actor.role === "secretariat";
const ownNotification = ((actor, notification: { recipientId: string }) => notification.recipientId === actor.id) as Rule;

/**
 * Notifications are each person's own: lists and counts are always of the actor's (the routes query
 * by recipient), a single one only by its recipient. Outgoing mail is the secretariat's to watch.
 */
export const notificationPolicies = {
  "notification.list": () => true,
  "notification.read": ownNotification,
  "notification.markRead": ownNotification,
  /** One's own notification preferences. */
  "notification.preferences": () => true,
  /** Failed and queued e-mail, and sending a failed one again. */
  "mail.failures.read": isSecretariat,
  "mail.retry": isSecretariat,
};
