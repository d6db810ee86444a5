import { Notification } from "../models/Notification";

/** What the notification centre counts: shown in the app and not read yet. */
export const unreadFilter = (recipientId: string) => ({ recipientId, inApp: true, read: false });

export function unreadCount(recipientId: string): Promise<number> {
  return Notification.countDocuments(unreadFilter(recipientId));
}
