import { useState } from "react";
import { Link } from "react-router";
import { NOTIFICATION_PATHS, type NotificationPage, type PresentedNotification } from "../../../shared/notificationTypes";
import { listNotifications, markAllNotificationsRead, markNotificationRead } from "../../api/notifications";
import { useResource } from "../../api/useResource";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { plural } from "../../i18n/plural";
import { notificationText } from "../../notifications/notificationText";

const PAGE = 30;

/** The notification centre: everything one was told about, newest first, a page at a time. */
export function NotificationsScene() {
  const { t, language } = useI18n();
  usePageTitle(t("notifications.title"));
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { resource, update } = useResource(() => listNotifications({ limit: PAGE, unread: unreadOnly }), String(unreadOnly));
  const [loadingMore, setLoadingMore] = useState(false);

  const readOne = (id: string) =>
    void markNotificationRead(id).then(({ unreadCount }) =>
      update((page) => ({ ...page, unreadCount, notifications: page.notifications.map((n) => (n.id === id ? { ...n, readAt: n.readAt ?? new Date().toISOString() } : n)) })),
    );
  const readAll = (page: NotificationPage) =>
    void markAllNotificationsRead(page.notifications[0]?.createdAt).then(({ unreadCount }) =>
      update((current) => ({ ...current, unreadCount, notifications: current.notifications.map((n) => ({ ...n, readAt: n.readAt ?? new Date().toISOString() })) })),
    );
  const more = async (page: NotificationPage) => {
    setLoadingMore(true);
    try {
      const next = await listNotifications({ limit: PAGE, unread: unreadOnly, cursor: page.nextCursor });
      update((current) => ({ ...next, notifications: [...current.notifications, ...next.notifications] }));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <div className="page">
      <h1>{t("notifications.title")}</h1>
      <p className="lead">{t("notifications.intro")}</p>
      <p>
        <Link to={NOTIFICATION_PATHS.preferences}>{t("notifications.preferencesLink")}</Link>
      </p>
      <p className="checkbox-inline">
        <label>
          <input type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} /> {t("notifications.onlyUnread")}
        </label>
      </p>
      <ResourceView resource={resource}>
        {(page) => (
          <>
            <p aria-live="polite">
              {page.unreadCount > 0 ? plural(t, language, "notifications.unread", page.unreadCount) : t("notifications.emptyUnread")}{" "}
              {page.unreadCount > 0 && (
                <button type="button" className="button-secondary button-small" onClick={() => readAll(page)}>
                  {t("notifications.markAllRead")}
                </button>
              )}
            </p>
            {page.notifications.length === 0 ? (
              <p>{unreadOnly ? t("notifications.emptyUnread") : t("notifications.empty")}</p>
            ) : (
              <ul className="notification-list" data-testid="notification-list">
                {page.notifications.map((n) => (
                  <NotificationRow key={n.id} notification={n} onRead={readOne} />
                ))}
              </ul>
            )}
            {page.nextCursor && (
              <p>
                <button type="button" className="button-secondary" disabled={loadingMore} onClick={() => void more(page)}>
                  {t("notifications.loadMore")}
                </button>
              </p>
            )}
          </>
        )}
      </ResourceView>
    </div>
  );
}

function NotificationRow({ notification, onRead }: { notification: PresentedNotification; onRead(id: string): void }) {
  const { t, formatDateTime } = useI18n();
  const unread = notification.readAt === null;
  const text = notificationText(t, formatDateTime, notification);
  return (
    <li className={`notification-row${unread ? " is-unread" : ""}`}>
      <div className="notification-row-text">
        {unread && <strong className="visually-hidden">{t("notifications.unreadMark")}: </strong>}
        {notification.link ? (
          <Link to={notification.link} onClick={() => unread && onRead(notification.id)}>
            {text}
          </Link>
        ) : (
          <span>
            {text} <span className="meta">({t("notifications.unavailable")})</span>
          </span>
        )}
        <span className="meta block">
          {formatDateTime(notification.createdAt)}
          {notification.actor && ` · ${t("notifications.by", { name: notification.actor.name })}`}
        </span>
      </div>
      {unread && (
        <button type="button" className="button-secondary button-small" onClick={() => onRead(notification.id)}>
          {t("notifications.markRead")}
          <span className="visually-hidden">: {text}</span>
        </button>
      )}
    </li>
  );
}
