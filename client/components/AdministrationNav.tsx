import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { ChevronDown } from "lucide-react";
import { NavLink, useLocation } from "react-router";
import { useI18n } from "../i18n/I18nProvider";
import type { NavItem } from "./MainNav";
import { usePhoneWidth } from "./usePhoneWidth";

export const isAdministration = (item: NavItem) => item.to.startsWith("/admin/");

/**
 * The administration pages in the main navigation: on a wide screen one entry that opens a menu of
 * links (Radix dropdown: arrows, Escape, focus back to it), marked when one of its pages is open; in
 * the phone's menu, which is a list already, the links themselves under a heading.
 */
export function AdministrationNav({ items }: { items: NavItem[] }) {
  const { t } = useI18n();
  const phone = usePhoneWidth();
  const { pathname } = useLocation();
  if (items.length === 0) return null;
  if (phone) {
    return (
      <li className="main-nav-group">
        <span className="main-nav-group-title" id="nav-administration">{t("nav.administration")}</span>
        <ul aria-labelledby="nav-administration">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to}>{t(item.label)}</NavLink>
            </li>
          ))}
        </ul>
      </li>
    );
  }
  const here = items.some((item) => pathname.startsWith(item.to));
  return (
    <li>
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger asChild>
          <button type="button" className={`main-nav-trigger${here ? " active" : ""}`}>
            {t("nav.administration")}
            <ChevronDown aria-hidden="true" focusable="false" className="icon" />
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="start" sideOffset={4} collisionPadding={8} loop>
            {items.map((item) => (
              <DropdownMenu.Item key={item.to} asChild className="menu-item">
                <NavLink to={item.to}>{t(item.label)}</NavLink>
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </li>
  );
}
