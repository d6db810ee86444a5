import { Suspense, useEffect } from "react";
import { NavLink, Outlet, useLocation } from "react-router";
import { useI18n } from "../i18n/I18nProvider";
import { CompactMenuButton, compactMenuClass, useCompactMenu } from "./CompactMenu";
import { GreyChairIcon } from "./GreyChairIcon";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { Loading } from "./Loading";
import { MainNav } from "./MainNav";
import { SignedInBell } from "./NotificationBell";
import { UserMenu } from "./UserMenu";

export function Layout() {
  const { t } = useI18n();
  useFocusMainOnNavigation();
  const menu = useCompactMenu();
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t("layout.skipToContent")}
      </a>
      <header className={`app-header${compactMenuClass(menu)}`}>
        <div className="app-header-inner">
          <NavLink to="/" className="brand">
            <GreyChairIcon />
            <span className="brand-text">
              <span className="brand-name">{t("app.name")}</span>
              <span className="brand-tagline">{t("app.tagline")}</span>
            </span>
          </NavLink>
          <CompactMenuButton menu={menu} controls="header-tools app-nav-bar" />
          <div className="header-tools" id="header-tools">
            <LanguageSwitcher />
            <UserMenu />
          </div>
          {/* Outside the tools the phone menu folds away: the unread count stays in sight. */}
          <div className="header-bell">
            <SignedInBell />
          </div>
        </div>
        <div className="app-nav-bar" id="app-nav-bar">
          <MainNav />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <GreyChairIcon size={18} />
        <span>{t("layout.footer")}</span>
      </footer>
    </div>
  );
}

/**
 * A single-page app does not move focus on navigation; screen-reader and keyboard users would stay
 * on the link they followed. Move focus to the main region after each change of page (not on the
 * first load, and not when only the query string changes, as with the audit filters).
 */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  useEffect(() => {
    if (!focusMainReady) {
      focusMainReady = true;
      return;
    }
    document.getElementById("main")?.focus({ preventScroll: false });
  }, [pathname]);
}
let focusMainReady = false;
