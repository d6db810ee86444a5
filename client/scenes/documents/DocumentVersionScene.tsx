import { Link, useParams } from "react-router";
import { getDocument, getVersion } from "../../api/documents";
import { useResource } from "../../api/useResource";
import { ClassificationBadge } from "../../components/documents/DocumentBadges";
import { RestoreVersion } from "../../components/documents/RestoreVersion";
import { VersionViewer } from "../../components/documents/VersionViewer";
import { LoadFailure } from "../../components/LoadFailure";
import { Loading } from "../../components/Loading";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import "../../styles/documents.css";
import "../../styles/editor.css";

/** /documents/:id/history/:versionId — an old version, read-only, with restore for those who may edit. */
export function DocumentVersionScene() {
  const { t, formatDateTime } = useI18n();
  const { id = "", versionId = "" } = useParams();
  const documentResource = useResource(() => getDocument(id), id);
  const versionResource = useResource(() => getVersion(id, versionId), `${id}/${versionId}`);
  usePageTitle(t("history.versionTitle"));

  const failed = documentResource.resource.status === "failed" ? documentResource : versionResource.resource.status === "failed" ? versionResource : null;
  if (failed && failed.resource.status === "failed") return <LoadFailure error={failed.resource.error} onRetry={failed.reload} />;
  if (documentResource.resource.status !== "ready" || versionResource.resource.status !== "ready") return <Loading />;
  const document = documentResource.resource.data;
  const { version, update } = versionResource.resource.data;
  const when = formatDateTime(version.createdAt, { dateStyle: "long", timeStyle: "short" });

  return (
    <div className="page page-wide">
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
      {document.policies.update && <RestoreVersion documentId={document.id} versionId={version.id} />}
      <VersionViewer update={update} />
    </div>
  );
}
