import type { PresentedDocument } from "../../../shared/types";
import { useI18n } from "../../i18n/I18nProvider";

/**
 * The document's two states: which version is published (the one observers and their exports get)
 * and, for those who read the draft, whether it has changed since.
 */
export function PublicationStatus({ document, changedSincePublication }: { document: PresentedDocument; changedSincePublication: boolean }) {
  const { t, formatDateTime } = useI18n();
  const published = document.publication;
  if (!published) return document.policies.readDraft ? <p className="notice is-info publication-status">{t("publication.never")}</p> : null;
  return (
    <div className="notice is-info publication-status" role="status">
      <p>{t("publication.version", { date: formatDateTime(published.at), name: published.by })}</p>
      {document.policies.readDraft && <p className={changedSincePublication ? "publication-draft" : undefined}>{t(changedSincePublication ? "publication.draftChanged" : "publication.draftSame")}</p>}
    </div>
  );
}
