import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { restoreVersion } from "../../api/documents";
import { toApiError } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { problemMessage } from "../problems";

/**
 * Restore, in two steps (GOV.UK "check before you act"): the button opens a confirmation that says
 * what will happen; confirming makes the old text a new change that everyone sees at once.
 */
export function RestoreVersion({ documentId, versionId }: { documentId: string; versionId: string }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) panelRef.current?.focus();
  }, [confirming]);

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      await restoreVersion(documentId, versionId);
      await navigate(`/documents/${encodeURIComponent(documentId)}`, { state: { restored: true } });
    } catch (failure) {
      setError(problemMessage(toApiError(failure).problem, t, language));
      setBusy(false);
    }
  };

  if (!confirming) {
    return (
      <p>
        <button ref={openRef} type="button" className="button-secondary" onClick={() => setConfirming(true)}>
          {t("history.restore")}
        </button>
      </p>
    );
  }
  return (
    <div className="notice is-warning confirm-panel" role="group" aria-labelledby="restore-title" tabIndex={-1} ref={panelRef}>
      <h2 id="restore-title" className="notice-title">
        {t("history.restoreConfirmTitle")}
      </h2>
      <p>{t("history.restoreConfirmBody")}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-group">
        <button type="button" className="button-warning" disabled={busy} onClick={() => void restore()}>
          {t("history.restoreConfirm")}
        </button>
        <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
          {t("history.restoreCancel")}
        </button>
      </div>
    </div>
  );
}
