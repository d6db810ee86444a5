import type { RecoveryCodes } from "../../shared/types";
import { useI18n } from "../i18n/I18nProvider";

export const RECOVERY_CODES_FILE = "greychair-recovery-codes.txt";

/** Shown once: the ten recovery codes, a download, and an explicit "I have stored them" to move on. */
export function RecoveryCodesPanel({ codes, onDone }: { codes: RecoveryCodes; onDone(): void }) {
  const { t, formatDateTime } = useI18n();

  const download = () => {
    const text = [t("recovery.fileHeading"), t("recovery.fileCreated", { time: formatDateTime(new Date()) }), "", ...codes.codes, ""].join("\n");
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = RECOVERY_CODES_FILE;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section className="recovery-codes">
      <h2 id="recovery-codes-title">{t("recovery.title")}</h2>
      <p>{t("recovery.explain")}</p>
      <p className="notice is-warning">{t("recovery.onlyNow")}</p>
      <ol className="recovery-code-list" data-testid="recovery-codes">
        {codes.codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-group">
        <button type="button" className="button-secondary" onClick={download}>
          {t("recovery.download")}
        </button>
        <button type="button" className="button-primary" onClick={onDone}>
          {t("recovery.stored")}
        </button>
      </div>
    </section>
  );
}
