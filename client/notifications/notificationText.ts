import type { PresentedNotification } from "../../shared/notificationTypes";
import type { MessageKey } from "../i18n/en";
import type { Translate } from "../i18n/I18nProvider";

/** One notification as a sentence: the kind of event and what it is about (never any content). */
export function notificationText(t: Translate, formatDateTime: (date: Date | string, options?: Intl.DateTimeFormatOptions) => string, notification: PresentedNotification): string {
  const { details, target } = notification;
  return t(`notification.${notification.type}` as MessageKey, {
    title: target.title ?? t("notification.untitled"),
    until: details.until ? formatDateTime(details.until, { dateStyle: "long" }) : "",
    // A calendar date ("2026-04-01"): shown as that day, whatever the time zone.
    dueDate: details.dueDate ? formatDateTime(`${details.dueDate}T12:00:00Z`, { dateStyle: "long" }) : "",
  });
}
