import { Link } from "react-router";
import type { PresentedDocument } from "../../../shared/types";
import { useI18n } from "../../i18n/I18nProvider";
import { ClassificationBadge, DocumentStatusTag } from "./DocumentBadges";

/** The library's results: title first, then the classification and status, then what it is about. */
export function DocumentList({ documents }: { documents: PresentedDocument[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <ul className="document-list">
      {documents.map((document) => (
        <li key={document.id} className="document-list-item">
          <h2 className="document-list-title">
            <Link to={`/documents/${encodeURIComponent(document.id)}`}>{document.title}</Link>
          </h2>
          <p className="document-list-badges">
            <ClassificationBadge classification={document.classification} />
            <DocumentStatusTag status={document.status} />
          </p>
          <p className="meta">
            {[
              t(`language.${document.language}`),
              document.countries.map((country) => t(`country.${country}`)).join(", "),
              document.tags.map((tag) => t(`documentTag.${tag}`)).join(", "),
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          <p className="meta">
            {t("documents.updatedAt", { time: formatDateTime(document.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
            {document.createdBy ? ` · ${t("documents.createdBy", { name: document.createdBy.name })}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
