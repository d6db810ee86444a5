import type { ReactNode } from "react";
import { Link } from "react-router";
import type { PresentedDocument, PresentedFinding } from "../../../shared/types";
import { useI18n } from "../../i18n/I18nProvider";
import { DocumentFacts } from "./DocumentFacts";
import { ExportMenu } from "./ExportMenu";

/** Title, facts and the document's actions; the publish control comes from the page (it needs the findings). */
export function DocumentHeader({ document, publish, openFindings }: { document: PresentedDocument; publish?: ReactNode; openFindings?: PresentedFinding[] }) {
  const { t } = useI18n();
  const base = `/documents/${encodeURIComponent(document.id)}`;
  return (
    <header className="document-header">
      <Link to="/documents" className="back-link">
        {t("documents.backToLibrary")}
      </Link>
      <h1 className="document-title">{document.title}</h1>
      <DocumentFacts document={document} />
      <div className="button-group document-actions">
        {publish}
        {document.policies.readDraft && (
          <Link to={`${base}/history`} className="button-secondary button-link-like">
            {t("document.history")}
          </Link>
        )}
        {(document.policies.update || document.policies.manage) && (
          <Link to={`${base}/settings`} className="button-secondary button-link-like">
            {t("document.settings")}
          </Link>
        )}
        <ExportMenu documentId={document.id} openFindings={openFindings} />
      </div>
    </header>
  );
}
