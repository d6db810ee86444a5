import { useEffect } from "react";
import { useI18n } from "../i18n/I18nProvider";

/** Each page has its own title (WCAG 2.4.2), the first thing a screen reader reads after navigation. */
export function usePageTitle(title: string) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} – ${t("app.name")}`;
  }, [title, t]);
}
