import { Link, useParams } from "react-router";
import { getDocument, listVersions } from "../../api/documents";
import { useResource } from "../../api/useResource";
import { ClassificationBadge } from "../../components/documents/DocumentBadges";
import { NamedVersionForm } from "../../components/documents/NamedVersionForm";
import { VersionList } from "../../components/documents/VersionList";
import { LoadFailure } from "../../components/LoadFailure";
import { Loading } from "../../components/Loading";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import "../../styles/documents.css";

/** /documents/:id/history — automatic, named and restore versions; open one to read or restore it. */
export function DocumentHistoryScene() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const documentResource = useResource(() => getDocument(id), id);
  const versions = useResource(() => listVersions(id), id);
  usePageTitle(t("history.title"));

  if (documentResource.resource.status === "loading") return <Loading />;
  if (documentResource.resource.status === "failed") return <LoadFailure error={documentResource.resource.error} onRetry={documentResource.reload} />;
  const document = documentResource.resource.data;

  return (
    <div className="page page-wide">
      <Link to={`/documents/${encodeURIComponent(document.id)}`} className="back-link">
        {document.title}
      </Link>
      <h1>{t("history.title")}</h1>
      <p>
        <ClassificationBadge classification={document.classification} large />
      </p>
      <p className="lead">{t("history.intro")}</p>
      {document.policies.update && <NamedVersionForm documentId={document.id} onCreated={(version) => versions.update((list) => [version, ...list])} />}
      <h2>{t("history.versions")}</h2>
      {versions.resource.status === "loading" && <Loading />}
      {versions.resource.status === "failed" && <LoadFailure error={versions.resource.error} onRetry={versions.reload} />}
      {versions.resource.status === "ready" && <VersionList documentId={document.id} versions={versions.resource.data} />}
    </div>
  );
}
