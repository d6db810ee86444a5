import type { Awareness } from "y-protocols/awareness";
import type { PresentedDocument } from "../../../shared/types";
import type { CollaborationState } from "../../editor/collaborationSession";
import { useI18n } from "../../i18n/I18nProvider";
import { CollaborationStatus } from "./CollaborationStatus";
import { ClassificationBadge, DocumentStatusTag } from "./DocumentBadges";
import { PresenceList } from "./PresenceList";

/**
 * Stays on screen while the text scrolls: the classification, the status, the connection and
 * saved state, and who is here.
 */
export function DocumentBar({ document, state, awareness }: { document: PresentedDocument; state: CollaborationState; awareness: Awareness }) {
  const { t } = useI18n();
  return (
    <section className="document-bar" aria-label={t("document.barLabel")}>
      <div className="document-bar-marks">
        <ClassificationBadge classification={document.classification} large />
        <DocumentStatusTag status={document.status} />
        {state.readOnly && <span className="tag">{t("document.readOnlyTag")}</span>}
      </div>
      <CollaborationStatus state={state} />
      <PresenceList awareness={awareness} />
    </section>
  );
}
