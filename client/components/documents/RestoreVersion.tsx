import { useNavigate } from "react-router";
import { restoreVersion } from "../../api/documents";
import { useI18n } from "../../i18n/I18nProvider";
import { ConfirmDialog } from "../ui/ConfirmDialog";

/**
 * Restore, after asking (GOV.UK "check before you act"): the dialog says what will happen;
 * confirming makes the old text a new change that everyone sees at once.
 */
export function RestoreVersion({ documentId, versionId }: { documentId: string; versionId: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <p>
      <ConfirmDialog
        trigger={
          <button type="button" className="button-secondary">
            {t("history.restore")}
          </button>
        }
        title={t("history.restoreConfirmTitle")}
        consequence={t("history.restoreConfirmBody")}
        confirmLabel={t("history.restoreConfirm")}
        cancelLabel={t("history.restoreCancel")}
        tone="primary"
        onConfirm={async () => {
          await restoreVersion(documentId, versionId);
          await navigate(`/documents/${encodeURIComponent(documentId)}`, { state: { restored: true } });
        }}
      />
    </p>
  );
}
