import { AccountDetailsSection } from "../components/account/AccountDetailsSection";
import { ChangePasswordSection } from "../components/account/ChangePasswordSection";
import { SessionsSection } from "../components/account/SessionsSection";
import { TwoFactorSection } from "../components/account/TwoFactorSection";
import { usePageTitle } from "../components/usePageTitle";
import { Link } from "react-router";
import { NOTIFICATION_PATHS } from "../../shared/notificationTypes";
import { useI18n } from "../i18n/I18nProvider";

/** Your own account. Each section is its own small form with its own errors. */
export function AccountScene() {
  const { t } = useI18n();
  usePageTitle(t("account.title"));
  return (
    <div className="page">
      <h1>{t("account.title")}</h1>
      <nav aria-label={t("account.contents")} className="contents-list">
        <ul>
          <li>
            <a href="#account-details-title">{t("account.detailsTitle")}</a>
          </li>
          <li>
            <a href="#change-password-title">{t("account.passwordTitle")}</a>
          </li>
          <li>
            <a href="#two-factor-title">{t("account.twoFactorTitle")}</a>
          </li>
          <li>
            <a href="#sessions-title">{t("sessions.title")}</a>
          </li>
          <li>
            <Link to={NOTIFICATION_PATHS.preferences}>{t("account.notificationsLink")}</Link>
          </li>
        </ul>
      </nav>
      <AccountDetailsSection />
      <ChangePasswordSection />
      <TwoFactorSection />
      <SessionsSection />
    </div>
  );
}
