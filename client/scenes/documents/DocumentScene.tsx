import { useEffect } from "react";
import { Link, useLocation, useParams } from "react-router";
import { getDocument } from "../../api/documents";
import { useResource } from "../../api/useResource";
import { DocumentWorkspace } from "../../components/documents/DocumentWorkspace";
import { LoadFailure } from "../../components/LoadFailure";
import { Loading } from "../../components/Loading";
import { Notice } from "../../components/Notice";
import { usePageTitle } from "../../components/usePageTitle";
import { clearLocalCopy } from "../../editor/collaborationSession";
import { useCollaborationSession } from "../../editor/useCollaboration";
import { useI18n } from "../../i18n/I18nProvider";
import "../../styles/documents.css";
import "../../styles/editor.css";

/** /documents/:id — the shared editor with everything around it. */
export function DocumentScene() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const location = useLocation();
  const { resource, reload, update } = useResource(() => getDocument(id), id);
  const session = useCollaborationSession(id);
  const restored = (location.state as { restored?: boolean } | null)?.restored === true;
  usePageTitle(resource.status === "ready" ? resource.data.title : t("documents.heading"));

  const gone = resource.status === "failed" && resource.error.status === 404;
  // A document this person may no longer see must not stay on the device.
  useEffect(() => {
    if (gone) void clearLocalCopy(id);
  }, [gone, id]);

  if (gone) {
    return (
      <div className="page">
        <h1>{t("document.notFoundTitle")}</h1>
        <p>{t("document.notFoundBody")}</p>
        <p>
          <Link to="/documents">{t("documents.backToLibrary")}</Link>
        </p>
      </div>
    );
  }
  if (resource.status === "failed") return <LoadFailure error={resource.error} onRetry={reload} />;
  if (resource.status === "loading" || !session) return <Loading />;
  return (
    <>
      {restored && <Notice kind="success">{t("history.restoredNotice")}</Notice>}
      <DocumentWorkspace document={resource.data} session={session} onChange={(next) => update(() => next)} />
    </>
  );
}
