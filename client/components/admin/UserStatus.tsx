import type { PresentedUser } from "../../../shared/types";
import { useI18n } from "../../i18n/I18nProvider";

/** Whether the person can sign in now: active, deactivated, or an observer whose access has ended. */
export function userCanSignIn(user: PresentedUser, today = new Date().toISOString().slice(0, 10)): boolean {
  return user.active && (!user.accessUntil || user.accessUntil.slice(0, 10) >= today);
}

export function UserStatus({ user }: { user: PresentedUser }) {
  const { t, formatDateTime } = useI18n();
  if (!user.active) return <strong className="tag is-error">{t("users.status.inactive")}</strong>;
  if (!userCanSignIn(user)) return <strong className="tag is-warning">{t("users.status.expired")}</strong>;
  return (
    <>
      <strong className="tag is-ok">{t("users.status.active")}</strong>
      {user.accessUntil && <span className="meta block">{t("users.until", { date: formatDateTime(user.accessUntil, { dateStyle: "medium" }) })}</span>}
    </>
  );
}
