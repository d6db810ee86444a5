/** The notification centre and one's notification preferences. */
export { NotificationsScene } from "../scenes/notifications/NotificationsScene";
export { NotificationPreferencesScene } from "../scenes/notifications/NotificationPreferencesScene";
