import { Link, useParams } from "react-router";
import { getDocument, listVersions } from "../../api/documents";
import { useResource } from "../../api/useResource";
import { ClassificationBadge } from "../../components/documents/DocumentBadges";
import { CompareVersionsForm } from "../../components/documents/CompareVersionsForm";
import { NamedVersionForm } from "../../components/documents/NamedVersionForm";
import { VersionList } from "../../components/documents/VersionList";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useDocumentNotFound } from "./documentNotFound";
import "../../styles/documents.css";

/** /documents/:id/history — automatic, named and restore versions; open one to read or restore it. */
export function DocumentHistoryScene() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const documentResource = useResource(() => getDocument(id), id);
  const versions = useResource(() => listVersions(id), id);
  const notFound = useDocumentNotFound();
  usePageTitle(t("history.title"));

  return (
    <div className="page page-wide">
      <ResourceView resource={documentResource.resource} onRetry={documentResource.reload} level="page" notFound={notFound}>
        {(document) => (
          <>
            <Link to={`/documents/${encodeURIComponent(document.id)}`} className="back-link">
              {document.title}
            </Link>
            <h1>{t("history.title")}</h1>
            <p>
              <ClassificationBadge classification={document.classification} large />
            </p>
            <p className="lead">{t("history.intro")}</p>
            {document.policies.update && <NamedVersionForm documentId={document.id} onCreated={(version) => versions.update((list) => [version, ...list])} />}
            <ResourceView resource={versions.resource} onRetry={versions.reload}>
              {(list) => (
                <>
                  {list.length > 0 && <CompareVersionsForm documentId={document.id} versions={list} />}
                  <h2>{t("history.versions")}</h2>
                  <VersionList documentId={document.id} versions={list} />
                </>
              )}
            </ResourceView>
          </>
        )}
      </ResourceView>
    </div>
  );
}
