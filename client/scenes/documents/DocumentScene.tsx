import { useEffect } from "react";
import { useLocation, useParams } from "react-router";
import { getDocument } from "../../api/documents";
import { useResource } from "../../api/useResource";
import { DocumentContactPoints } from "../../components/directory/DocumentContactPoints";
import { DocumentWorkspace } from "../../components/documents/DocumentWorkspace";
import { RestoreNoticeBanner } from "../../components/documents/RestoreNoticeBanner";
import { Loading } from "../../components/Loading";
import { Notice } from "../../components/Notice";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { clearLocalCopy } from "../../editor/collaborationSession";
import { useCollaborationSession } from "../../editor/useCollaboration";
import { useRestoreNotice } from "../../editor/useRestoreNotice";
import { useI18n } from "../../i18n/I18nProvider";
import { useDocumentNotFound } from "./documentNotFound";
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
  const [restoreNotice, dismissRestoreNotice] = useRestoreNotice(id);
  const notFound = useDocumentNotFound();
  usePageTitle(resource.status === "ready" ? resource.data.title : t("documents.heading"));

  const gone = resource.status === "failed" && resource.error.status === 404;
  // A document this person may no longer see must not stay on the device.
  useEffect(() => {
    if (gone) void clearLocalCopy(id);
  }, [gone, id]);

  return (
    <ResourceView resource={resource} onRetry={reload} level="page" notFound={notFound}>
      {(document) =>
        session ? (
          <>
            {restored && <Notice kind="success">{t("history.restoredNotice")}</Notice>}
            <RestoreNoticeBanner notice={restoreNotice} onDismiss={dismissRestoreNotice} />
            <DocumentWorkspace document={document} session={session} onChange={(next) => update(() => next)} />
            {/* The good-practice template's "contact point" section, as directory cards (nothing for other documents). */}
            <DocumentContactPoints documentId={document.id} />
          </>
        ) : (
          <Loading />
        )
      }
    </ResourceView>
  );
}
