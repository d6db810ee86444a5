import { Link } from "react-router";
import type { MessageKey } from "../i18n/en";
import { useI18n } from "../i18n/I18nProvider";
import { allowedNavItems } from "../components/MainNav";
import { Notice } from "../components/Notice";
import { FirstSteps } from "../components/FirstSteps";
import { usePageTitle } from "../components/usePageTitle";
import { useAccount, useSession } from "../session/SessionProvider";

/** What each destination is for, in one line, on the home page. */
const DESCRIPTIONS: Record<string, MessageKey> = {
  "/account": "home.link.account",
  "/admin/users": "home.link.users",
  "/admin/invitations": "home.link.invitations",
  "/admin/organisations": "home.link.organisations",
  "/admin/settings": "home.link.settings",
  "/admin/audit": "home.link.audit",
};

export function HomeScene() {
  const { t } = useI18n();
  const account = useAccount();
  const { session } = useSession();
  usePageTitle(t("nav.home"));
  const destinations = session ? allowedNavItems(session.abilities).filter((item) => item.to !== "/") : [];

  return (
    <div className="page">
      <h1>{t("home.welcome", { name: account.name })}</h1>
      <p className="lead">
        {account.organisation
          ? t("home.signedInAsAt", { role: t(`role.${account.role}`), organisation: account.organisation.name })
          : t("home.signedInAs", { role: t(`role.${account.role}`) })}
      </p>
      <p>{t("home.intro")}</p>
      {!account.twoFactorEnabled && (
        <Notice kind="warning">
          <p>{t("home.twoFactorAdvice")}</p>
          <p>
            <Link to="/account/two-factor">{t("account.twoFactorSetUp")}</Link>
          </p>
        </Notice>
      )}
      {session?.abilities.manageUsers && session.abilities.manageInvitations && <FirstSteps />}
      <h2>{t("home.whatYouCanDo")}</h2>
      <ul className="link-list">
        {destinations.map((item) => (
          <li key={item.to}>
            <Link to={item.to} className="link-list-title">
              {t(item.label)}
            </Link>
            {DESCRIPTIONS[item.to] && <p className="link-list-description">{t(DESCRIPTIONS[item.to]!)}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
