import type { NotFound } from "../../components/ResourceView";
import { useI18n } from "../../i18n/I18nProvider";

/** A document that is not there, or that this person may not see (restricted documents answer 404 too). */
export function useDocumentNotFound(): NotFound {
  const { t } = useI18n();
  return { title: t("document.notFoundTitle"), body: t("document.notFoundBody"), back: { to: "/documents", label: t("documents.backToLibrary") } };
}
