import type { CollaborationState } from "../../editor/collaborationSession";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/I18nProvider";

// Before the first connection the person is, in effect, waiting for the connection to come (back).
const CONNECTION: Record<CollaborationState["status"], { key: MessageKey; tone: string }> = {
  connected: { key: "collab.connected", tone: "is-ok" },
  connecting: { key: "collab.reconnecting", tone: "is-pending" },
  reconnecting: { key: "collab.reconnecting", tone: "is-pending" },
  offline: { key: "collab.offline", tone: "is-warning" },
};

const SAVE: Record<CollaborationState["save"], { key: MessageKey; tone: string }> = {
  saved: { key: "collab.saved", tone: "is-ok" },
  saving: { key: "collab.saving", tone: "is-pending" },
  unsaved_offline: { key: "collab.unsavedOffline", tone: "is-warning" },
};

/**
 * Connection and saved state, always on screen. Polite live regions: a change is announced when
 * the person pauses, without interrupting their typing.
 */
export function CollaborationStatus({ state }: { state: CollaborationState }) {
  const { t } = useI18n();
  const connection = CONNECTION[state.status];
  const save = SAVE[state.save];
  return (
    <div className="collab-status">
      <p className="collab-status-item">
        <span className="visually-hidden">{t("collab.connectionLabel")}: </span>
        <span className={`status-dot ${connection.tone}`} aria-hidden="true" />
        <span data-testid="connection-state" role="status">
          {t(connection.key)}
        </span>
      </p>
      {!state.readOnly && (
        <p className="collab-status-item">
          <span className="visually-hidden">{t("collab.saveLabel")}: </span>
          <span className={`status-dot ${save.tone}`} aria-hidden="true" />
          <span data-testid="save-state" role="status">
            {t(save.key)}
          </span>
        </p>
      )}
    </div>
  );
}
