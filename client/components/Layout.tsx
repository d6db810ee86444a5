import { NavLink, Outlet } from "react-router";
import { useI18n } from "../i18n/I18nProvider";
import { GreyChairIcon } from "./GreyChairIcon";
import { LanguageSwitcher } from "./LanguageSwitcher";

export function Layout() {
  const { t } = useI18n();
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t("layout.skipToContent")}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <NavLink to="/" className="brand">
            <GreyChairIcon />
            <span className="brand-text">
              <span className="brand-name">{t("app.name")}</span>
              <span className="brand-tagline">{t("app.tagline")}</span>
            </span>
          </NavLink>
          <nav aria-label={t("layout.mainNavigation")} className="main-nav">
            <NavLink to="/" end>
              {t("nav.home")}
            </NavLink>
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <GreyChairIcon size={18} />
        <span>{t("layout.footer")}</span>
      </footer>
    </div>
  );
}
