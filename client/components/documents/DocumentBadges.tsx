import type { Classification, DocumentStatus } from "../../../shared/documents";
import { useI18n } from "../../i18n/I18nProvider";

/** The classification, as a marking that reads the same to sighted and screen-reader users. */
export function ClassificationBadge({ classification, large = false }: { classification: Classification; large?: boolean }) {
  const { t } = useI18n();
  return (
    <span className={`classification-badge is-${classification}${large ? " is-large" : ""}`} data-testid="classification">
      <span className="visually-hidden">{t("documents.classification")}: </span>
      {t(`classification.${classification}`)}
    </span>
  );
}

const STATUS_CLASS: Record<DocumentStatus, string> = { draft: "is-pending", published: "is-ok", archived: "" };

export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  const { t } = useI18n();
  return (
    <span className={`tag ${STATUS_CLASS[status]}`} data-testid="document-status">
      <span className="visually-hidden">{t("documents.status")}: </span>
      {t(`documentStatus.${status}`)}
    </span>
  );
}
