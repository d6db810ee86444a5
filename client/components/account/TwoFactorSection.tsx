import { useState } from "react";
import { Link } from "react-router";
import type { RecoveryCodes } from "../../../shared/types";
import { disableTwoFactor, regenerateRecoveryCodes } from "../../api/account";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount, useSession } from "../../session/SessionProvider";
import { Notice } from "../Notice";
import { RecoveryCodesPanel } from "../RecoveryCodesPanel";
import { PasswordConfirmForm } from "./PasswordConfirmForm";

/** Two-factor sign-in: on or off; new recovery codes; turning it off where the rules allow. */
export function TwoFactorSection() {
  const { t } = useI18n();
  const account = useAccount();
  const { refresh } = useSession();
  const [codes, setCodes] = useState<RecoveryCodes | null>(null);
  const [turnedOff, setTurnedOff] = useState(false);

  return (
    <section className="section">
      <h2 id="two-factor-title">{t("account.twoFactorTitle")}</h2>
      {turnedOff && <Notice kind="success">{t("account.twoFactorTurnedOff")}</Notice>}
      {!account.twoFactorEnabled ? (
        <>
          <p>
            <strong className="tag is-warning">{t("account.twoFactorOff")}</strong>
          </p>
          <p>{t("account.twoFactorOffHelp")}</p>
          <p>
            <Link to="/account/two-factor" className="button-primary button-link-like">
              {t("account.twoFactorSetUp")}
            </Link>
          </p>
        </>
      ) : codes ? (
        <RecoveryCodesPanel codes={codes} onDone={() => setCodes(null)} />
      ) : (
        <>
          <p>
            <strong className="tag is-ok">{t("account.twoFactorOn")}</strong>
          </p>
          <h3>{t("account.recoveryTitle")}</h3>
          <p>{t("account.recoveryHelp")}</p>
          <PasswordConfirmForm
            idPrefix="recovery"
            submitLabel={t("account.recoveryCreate")}
            onConfirm={async (password) => setCodes(await regenerateRecoveryCodes(password))}
          />
          <h3>{t("account.disableTitle")}</h3>
          <p>{t("account.disableHelp")}</p>
          <PasswordConfirmForm
            idPrefix="disable"
            submitLabel={t("account.disableSubmit")}
            variant="warning"
            onConfirm={async (password) => {
              await disableTwoFactor(password);
              setTurnedOff(true);
              await refresh();
            }}
            onProblem={(problem) => (problem.code === "two_factor_required" ? { message: t("problem.twoFactorRequired") } : undefined)}
          />
        </>
      )}
    </section>
  );
}
