import { useConnectionState } from "../../api/useConnectionState";
import { useI18n } from "../../i18n/I18nProvider";

/** Live pages say whether they are connected: changes from others arrive only while they are. */
export function ConnectionStatus() {
  const { t } = useI18n();
  const state = useConnectionState();
  return (
    <p className={`connection-status is-${state}`} role="status" data-testid="connection-status" data-state={state}>
      <span className="connection-dot" aria-hidden="true" />
      {t(`meetings.connection.${state}`)}
    </p>
  );
}
