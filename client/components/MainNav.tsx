import { NavLink } from "react-router";
import { AdministrationNav, isAdministration } from "./AdministrationNav";
import type { MessageKey } from "../i18n/en";
import { useI18n } from "../i18n/I18nProvider";
import { useSession } from "../session/SessionProvider";
import type { Abilities } from "../../shared/types";

export interface NavItem {
  to: string;
  label: MessageKey;
  /** Shown when the user has any of these abilities; none listed: everyone signed in. */
  abilities?: (keyof Abilities)[];
}

export const NAV_ITEMS: NavItem[] = [
  { to: "/", label: "nav.home" },
  { to: "/meetings", label: "nav.meetings" },
  { to: "/action-items", label: "nav.actionItems" },
  { to: "/documents", label: "nav.documents" },
  { to: "/directory", label: "nav.directory" },
  { to: "/trainings", label: "nav.trainings" },
  { to: "/account", label: "nav.account" },
  { to: "/admin/users", label: "nav.users", abilities: ["manageUsers"] },
  { to: "/admin/invitations", label: "nav.invitations", abilities: ["manageInvitations"] },
  { to: "/admin/organisations", label: "nav.organisations", abilities: ["manageUsers", "manageInvitations"] },
  { to: "/admin/settings", label: "nav.settings", abilities: ["manageSettings"] },
  { to: "/admin/audit", label: "nav.audit", abilities: ["readAuditLog"] },
  { to: "/admin/quarantine", label: "nav.quarantine", abilities: ["readQuarantine"] },
];

export function allowedNavItems(abilities: Abilities): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.abilities || item.abilities.some((name) => abilities[name]));
}

/**
 * Main navigation, only for a full session: during enrolment there is nowhere else to go yet. The
 * administration pages (under /admin/) sit behind one entry, so the bar stays one line at 1366 px.
 */
export function MainNav() {
  const { t } = useI18n();
  const { session } = useSession();
  if (session?.stage !== "signed_in") return null;
  return (
    <nav aria-label={t("layout.mainNavigation")} className="main-nav">
      <ul className="main-nav-list">
        {allowedNavItems(session.abilities)
          .filter((item) => !isAdministration(item))
          .map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === "/"}>
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        <AdministrationNav items={allowedNavItems(session.abilities).filter(isAdministration)} />
      </ul>
    </nav>
  );
}
