import { Menu as MenuIcon, X } from "lucide-react";
import { useEffect, useState } from "react";
import { useLocation } from "react-router";
import { useI18n } from "../i18n/I18nProvider";
import { useSession } from "../session/SessionProvider";

export interface CompactMenu {
  open: boolean;
  /** Whether there is a menu at all: only with a full session (before that, the header has only the languages). */
  present: boolean;
  toggle(): void;
}

/**
 * Below the phone breakpoint the header is one row (the brand and a Menu button); the navigation,
 * the languages and the user's own menu open under it. Styles do the hiding (`.has-compact-menu`),
 * so wide screens never see the button. Following a link or pressing Escape closes it.
 */
export function useCompactMenu(): CompactMenu {
  const { session } = useSession();
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      document.getElementById(TOGGLE_ID)?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
  return { open, present: session?.stage === "signed_in", toggle: () => setOpen((o) => !o) };
}

const TOGGLE_ID = "compact-menu-toggle";

/** The header's class for the compact menu's state. */
export const compactMenuClass = (menu: CompactMenu) => (menu.present ? ` has-compact-menu${menu.open ? " is-menu-open" : ""}` : "");

export function CompactMenuButton({ menu, controls }: { menu: CompactMenu; controls: string }) {
  const { t } = useI18n();
  if (!menu.present) return null;
  return (
    <button id={TOGGLE_ID} type="button" className="button-secondary compact-menu-toggle" aria-expanded={menu.open} aria-controls={controls} onClick={menu.toggle}>
      {menu.open ? <X aria-hidden="true" focusable="false" className="icon" /> : <MenuIcon aria-hidden="true" focusable="false" className="icon" />}
      {/* One name, open or closed (aria-expanded says which), so it is always the same button to find. */}
      <span>{t("layout.menu")}</span>
    </button>
  );
}
