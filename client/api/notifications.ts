import type { MailFailurePage, NotificationPage, PresentedMailJob, PresentedNotificationPreferences } from "../../shared/notificationTypes";
import type { PreferencesUpdate } from "../../shared/schemas/notifications";
import { apiFetch, patchJson, postJson } from "./http";

/** The notification centre, one's preferences, and (secretariat) e-mail that could not be sent. */

export function listNotifications(options: { limit?: number; cursor?: string | null; unread?: boolean } = {}): Promise<NotificationPage> {
  const query = new URLSearchParams({ order: "newest", limit: String(options.limit ?? 20) });
  if (options.cursor) query.set("cursor", options.cursor);
  if (options.unread) query.set("unread", "true");
  return apiFetch<NotificationPage>(`/api/notifications?${query.toString()}`);
}

export const markNotificationRead = (id: string) => postJson<{ unreadCount: number }>(`/api/notifications/${encodeURIComponent(id)}/read`);

/** Up to what the user saw, so one arriving meanwhile stays unread. */
export const markAllNotificationsRead = (upTo?: string) => postJson<{ unreadCount: number }>("/api/notifications/read-all", upTo ? { upTo } : {});

export const getNotificationPreferences = () => apiFetch<PresentedNotificationPreferences>("/api/notifications/preferences");

export const updateNotificationPreferences = (input: PreferencesUpdate) => patchJson<PresentedNotificationPreferences>("/api/notifications/preferences", input);

export const listMailFailures = () => apiFetch<MailFailurePage>("/api/mail/failures");

export const retryMailJob = (id: string) => postJson<PresentedMailJob>(`/api/mail/failures/${encodeURIComponent(id)}/retry`);
