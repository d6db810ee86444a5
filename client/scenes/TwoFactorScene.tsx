import { useEffect, useRef, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { confirmTotpSchema } from "../../shared/schemas/accounts";
import type { RecoveryCodes, TotpSetup } from "../../shared/types";
import { confirmTwoFactor, startTwoFactorSetup } from "../api/account";
import { toApiError, type Resource } from "../api/useResource";
import { Form } from "../components/form/Form";
import { SubmitButton } from "../components/form/SubmitButton";
import { TextInput } from "../components/form/TextInput";
import { useSchemaForm } from "../components/form/useSchemaForm";
import { Notice } from "../components/Notice";
import { RecoveryCodesPanel } from "../components/RecoveryCodesPanel";
import { ResourceView } from "../components/ResourceView";
import { TotpSetupPanel } from "../components/TotpSetupPanel";
import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { safeNext } from "../session/next";
import { useAccount, useSession } from "../session/SessionProvider";

/** Enrolment: scan, confirm with a code, keep the recovery codes. Also where anyone can turn two-factor sign-in on. */
export function TwoFactorScene() {
  const { t } = useI18n();
  const account = useAccount();
  const { session, refresh } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const alreadyOn = account.twoFactorEnabled;
  const [setup, setSetup] = useState<Resource<TotpSetup>>({ status: "loading" });
  const [codes, setCodes] = useState<RecoveryCodes | null>(null);
  const started = useRef(false);
  const form = useSchemaForm(confirmTotpSchema, { code: "" });
  const mandatory = session?.stage === "enrolment";
  usePageTitle(t("twoFactor.title"));

  const start = () => {
    setSetup({ status: "loading" });
    startTwoFactorSetup().then(
      (data) => setSetup({ status: "ready", data }),
      (error: unknown) => setSetup({ status: "failed", error: toApiError(error) }),
    );
  };

  useEffect(() => {
    // Each setup call makes a new secret: ask once, even when React runs effects twice in development.
    if (alreadyOn || started.current) return;
    started.current = true;
    start();
  }, []);

  const finish = async () => {
    // Make sure the session knows enrolment is over before leaving, or the guard would send us back here.
    await refresh().catch(() => undefined);
    await navigate(safeNext(params.get("next")), { replace: true });
  };

  if (codes) {
    return (
      <div className="page">
        <h1>{t("twoFactor.title")}</h1>
        <Notice kind="success">{t("twoFactor.confirmed")}</Notice>
        <RecoveryCodesPanel codes={codes} onDone={() => void finish()} />
      </div>
    );
  }

  if (alreadyOn) {
    return (
      <div className="page">
        <h1>{t("twoFactor.title")}</h1>
        <Notice kind="success">{t("twoFactor.alreadyOn")}</Notice>
        <p>
          <Link to="/account">{t("twoFactor.manageInAccount")}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page">
      <h1>{t("twoFactor.title")}</h1>
      <p className="lead">{mandatory ? t("twoFactor.introRequired") : t("twoFactor.intro")}</p>
      <ResourceView resource={setup} onRetry={start}>
        {(data) => (
          <>
            <TotpSetupPanel setup={data} />
            <h2>{t("twoFactor.stepConfirm")}</h2>
            <Form
              form={form}
              idPrefix="totp"
              onSubmit={async ({ code }) => {
                setCodes(await confirmTwoFactor(code));
                // The stage moves from enrolment to signed_in; the recovery codes stay on screen until the user moves on.
                await refresh().catch(() => undefined);
              }}
            >
              <TextInput
                name="code"
                label={t("field.totp.label")}
                hint={t("field.totp.hint")}
                autoComplete="one-time-code"
                inputMode="numeric"
                spellCheck={false}
                messages={{ missing: "field.totp.missing", invalid: "field.totp.invalid" }}
                maxLength={6}
                width="code"
              />
              <SubmitButton>{t("twoFactor.confirm")}</SubmitButton>
            </Form>
          </>
        )}
      </ResourceView>
    </div>
  );
}
