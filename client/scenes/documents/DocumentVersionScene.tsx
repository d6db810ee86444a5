import { Link, useParams } from "react-router";
import { getDocument, getVersion } from "../../api/documents";
import { useResource } from "../../api/useResource";
import { ClassificationBadge } from "../../components/documents/DocumentBadges";
import { comparisonPath } from "../../components/documents/CompareVersionsForm";
import { RestoreVersion } from "../../components/documents/RestoreVersion";
import { VersionViewer } from "../../components/documents/VersionViewer";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useDocumentNotFound } from "./documentNotFound";
import "../../styles/documents.css";
import "../../styles/editor.css";

/** /documents/:id/history/:versionId — an old version, read-only, with restore for those who may edit. */
export function DocumentVersionScene() {
  const { t, formatDateTime } = useI18n();
  const { id = "", versionId = "" } = useParams();
  const { resource, reload } = useResource(() => Promise.all([getDocument(id), getVersion(id, versionId)]), `${id}/${versionId}`);
  const notFound = useDocumentNotFound();
  usePageTitle(t("history.versionTitle"));

  return (
    <div className="page page-wide">
      <ResourceView resource={resource} onRetry={reload} level="page" notFound={{ ...notFound, back: { to: `/documents/${encodeURIComponent(id)}/history`, label: t("history.title") } }}>
        {([document, { version, update }]) => {
          const when = formatDateTime(version.createdAt, { dateStyle: "long", timeStyle: "short" });
          return (
            <>
              <Link to={`/documents/${encodeURIComponent(document.id)}/history`} className="back-link">
                {t("history.title")}
              </Link>
              <h1>{version.name ? t("history.namedVersionHeading", { name: version.name }) : t("history.versionHeading", { time: when })}</h1>
              <p>
                <ClassificationBadge classification={document.classification} large />
              </p>
              <p className="lead">
                {t("history.versionOf", { title: document.title, time: when })}
                {version.authors.length > 0 && ` ${t("history.versionAuthors", { names: version.authors.map((author) => author.name).join(", ") })}`}
              </p>
              <p className="notice is-info">{t("history.readOnlyNotice")}</p>
              <p>
                <Link to={comparisonPath(document.id, version.id, "current")}>{t("compare.withCurrent")}</Link>
              </p>
              {document.policies.update && <RestoreVersion documentId={document.id} versionId={version.id} />}
              <VersionViewer update={update} />
            </>
          );
        }}
      </ResourceView>
    </div>
  );
}
