import { Link, useParams, useSearchParams } from "react-router";
import { compareVersions, getDocument } from "../../api/documents";
import { useResource } from "../../api/useResource";
import { ClassificationBadge } from "../../components/documents/DocumentBadges";
import { VersionComparison } from "../../components/documents/VersionComparison";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useDocumentNotFound } from "./documentNotFound";
import "../../styles/documents.css";

/** /documents/:id/history/compare?from=<version>&to=<version|current> — what changed between two states. */
export function DocumentComparisonScene() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const [search] = useSearchParams();
  const from = search.get("from") ?? "";
  const to = search.get("to") ?? "current";
  const { resource, reload } = useResource(() => Promise.all([getDocument(id), compareVersions(id, from, to)]), `${id}/${from}/${to}`);
  const notFound = useDocumentNotFound();
  usePageTitle(t("compare.title"));
  const history = `/documents/${encodeURIComponent(id)}/history`;

  return (
    <div className="page page-wide">
      <ResourceView resource={resource} onRetry={reload} level="page" notFound={{ ...notFound, back: { to: history, label: t("compare.back") } }}>
        {([document, comparison]) => (
          <>
            <Link to={history} className="back-link">
              {t("compare.back")}
            </Link>
            <h1>
              {comparison.to
                ? t("compare.heading", { from: comparison.from.number, to: comparison.to.number })
                : t("compare.headingCurrent", { from: comparison.from.number })}
            </h1>
            <p>
              <ClassificationBadge classification={document.classification} large />
            </p>
            <p className="lead">{document.title}</p>
            <VersionComparison comparison={comparison} />
          </>
        )}
      </ResourceView>
    </div>
  );
}
