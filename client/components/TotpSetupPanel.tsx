import type { TotpSetup } from "../../shared/types";
import { useI18n } from "../i18n/I18nProvider";

/** "ABCD EFGH IJKL …": easier to read aloud and to type than one long string. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, "").match(/.{1,4}/g) ?? []).join(" ");
}

/** Steps 1 and 2 of enrolment: install an app, then scan the QR code or type the key. */
export function TotpSetupPanel({ setup }: { setup: TotpSetup }) {
  const { t } = useI18n();
  const raw = setup.secret.replace(/\s+/g, "");
  return (
    <>
      <h2>{t("twoFactor.stepApp")}</h2>
      <p>{t("twoFactor.appHelp")}</p>
      <h2>{t("twoFactor.stepScan")}</h2>
      <div className="totp-setup">
        <img className="totp-qr" src={setup.qrDataUrl} alt={t("twoFactor.qrAlt")} width={200} height={200} />
        <div>
          <p>{t("twoFactor.manualHelp")}</p>
          <p className="totp-secret-label" id="totp-secret-label">
            {t("twoFactor.secretLabel")}
          </p>
          <p>
            <code className="totp-secret" data-testid="totp-secret" data-secret={raw}>
              {groupSecret(raw)}
            </code>
          </p>
          <p className="meta">{t("twoFactor.manualDetails")}</p>
        </div>
      </div>
    </>
  );
}
