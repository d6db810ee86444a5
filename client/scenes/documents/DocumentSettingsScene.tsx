import { AttachmentList } from "../../components/attachments/AttachmentList";
import { Link, useParams } from "react-router";
import { getDocument } from "../../api/documents";
import { useResource } from "../../api/useResource";
import { ClassificationBadge } from "../../components/documents/DocumentBadges";
import { DocumentSettingsForm } from "../../components/documents/DocumentSettingsForm";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useDocumentNotFound } from "./documentNotFound";
import { useI18n } from "../../i18n/I18nProvider";
import "../../styles/documents.css";

/** /documents/:id/settings — title, tags, countries, classification, status and members. */
export function DocumentSettingsScene() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const { resource, reload, update } = useResource(() => getDocument(id), id);
  const notFound = useDocumentNotFound();
  usePageTitle(t("docSettings.title"));

  return (
    <div className="page">
      <ResourceView resource={resource} onRetry={reload} level="page" notFound={notFound}>
        {(document) => (
          <>
            <Link to={`/documents/${encodeURIComponent(document.id)}`} className="back-link">
              {document.title}
            </Link>
            <h1>{t("docSettings.title")}</h1>
            <p>
              <ClassificationBadge classification={document.classification} large />
            </p>
            {document.policies.update || document.policies.manage ? <DocumentSettingsForm document={document} onSaved={(next) => update(() => next)} /> : <p>{t("docSettings.notAllowed")}</p>}
            <AttachmentList target={{ kind: "document", id: document.id }} canUpload={document.policies.update} />
          </>
        )}
      </ResourceView>
    </div>
  );
}
