import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { Bell } from "lucide-react";
import { Link } from "react-router";
import { NOTIFICATION_PATHS } from "../../shared/notificationTypes";
import { useI18n } from "../i18n/I18nProvider";
import { useSession } from "../session/SessionProvider";
import { plural } from "../i18n/plural";
import { notificationText } from "../notifications/notificationText";
import { useNotificationFeed } from "../notifications/useNotificationFeed";

/**
 * The bell in the header: the unread count (live over the socket), and a menu of the most recent
 * notifications with their links, "mark all as read" and the way to the notification centre.
 * A Radix dropdown menu: arrow keys move, Escape closes and gives focus back to the bell.
 */
export function NotificationBell() {
  const { t, language, formatDateTime } = useI18n();
  const { unreadCount, recent, markRead, markAllRead } = useNotificationFeed();
  const count = unreadCount ?? 0;
  const status = count > 0 ? plural(t, language, "notifications.unread", count) : t("notifications.noneUnread");

  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button type="button" className="button-secondary notification-bell" data-testid="notification-bell">
          <Bell aria-hidden="true" focusable="false" className="icon" />
          <span className="visually-hidden">
            {t("notifications.bell")}, {status}
          </span>
          {count > 0 && (
            <span className="notification-count" aria-hidden="true" data-testid="notification-count">
              {count > 99 ? "99+" : count}
            </span>
          )}
        </button>
      </DropdownMenu.Trigger>
      {/* Announced when it changes, without moving focus. */}
      <span className="visually-hidden" aria-live="polite">
        {unreadCount !== null && count > 0 ? status : ""}
      </span>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu notification-menu" align="end" sideOffset={4} collisionPadding={8} loop aria-label={t("notifications.recent")}>
          <DropdownMenu.Label className="notification-menu-title">{t("notifications.recent")}</DropdownMenu.Label>
          {recent.length === 0 && <p className="notification-menu-empty">{t("notifications.empty")}</p>}
          {recent.map((notification) => {
            const text = notificationText(t, formatDateTime, notification);
            const unread = notification.readAt === null;
            const body = (
              <>
                <span className="notification-text">
                  {unread && <span className="notification-dot" aria-hidden="true" />}
                  {unread && <span className="visually-hidden">{t("notifications.unreadMark")}: </span>}
                  {text}
                </span>
                <span className="meta">{formatDateTime(notification.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
              </>
            );
            return notification.link ? (
              <DropdownMenu.Item key={notification.id} asChild className={`menu-item notification-item${unread ? " is-unread" : ""}`} onSelect={() => unread && void markRead(notification.id).catch(() => {})}>
                <Link to={notification.link}>{body}</Link>
              </DropdownMenu.Item>
            ) : (
              <DropdownMenu.Item key={notification.id} className="menu-item notification-item is-unavailable" disabled>
                {body}
                <span className="meta">{t("notifications.unavailable")}</span>
              </DropdownMenu.Item>
            );
          })}
          <DropdownMenu.Separator className="menu-separator" />
          {count > 0 && (
            <DropdownMenu.Item className="menu-item" onSelect={() => void markAllRead().catch(() => {})}>
              {t("notifications.markAllRead")}
            </DropdownMenu.Item>
          )}
          <DropdownMenu.Item asChild className="menu-item">
            <Link to={NOTIFICATION_PATHS.centre}>{t("notifications.seeAll")}</Link>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

/** The bell only for someone fully signed in; a new person in this tab starts from their own count. */
export function SignedInBell() {
  const { session } = useSession();
  if (session?.stage !== "signed_in" || !session.account) return null;
  return <NotificationBell key={session.account.id} />;
}
