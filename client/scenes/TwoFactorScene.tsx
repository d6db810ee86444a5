import { useEffect, useRef, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { confirmTotpSchema } from "../../shared/schemas/accounts";
import type { RecoveryCodes, TotpSetup } from "../../shared/types";
import { confirmTwoFactor, startTwoFactorSetup } from "../api/account";
import { toApiError } from "../api/useResource";
import type { ApiError } from "../api/http";
import { ErrorSummary } from "../components/form/ErrorSummary";
import { SubmitButton } from "../components/form/SubmitButton";
import { TextField } from "../components/form/TextField";
import { useForm } from "../components/form/useForm";
import { schemaErrors } from "../components/form/validation";
import { LoadFailure } from "../components/LoadFailure";
import { Loading } from "../components/Loading";
import { Notice } from "../components/Notice";
import { RecoveryCodesPanel } from "../components/RecoveryCodesPanel";
import { TotpSetupPanel } from "../components/TotpSetupPanel";
import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { safeNext } from "../session/next";
import { useAccount, useSession } from "../session/SessionProvider";

type Step = { kind: "already_on" } | { kind: "loading" } | { kind: "failed"; error: ApiError } | { kind: "scan"; setup: TotpSetup } | { kind: "codes"; codes: RecoveryCodes };

/** Enrolment: scan, confirm with a code, keep the recovery codes. Also where anyone can turn two-factor sign-in on. */
export function TwoFactorScene() {
  const { t } = useI18n();
  const account = useAccount();
  const { session, refresh } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [step, setStep] = useState<Step>(account.twoFactorEnabled ? { kind: "already_on" } : { kind: "loading" });
  const started = useRef(false);
  const form = useForm();
  const [code, setCode] = useState("");
  const mandatory = session?.stage === "enrolment";
  usePageTitle(t("twoFactor.title"));

  const start = () => {
    setStep({ kind: "loading" });
    startTwoFactorSetup().then(
      (setup) => setStep({ kind: "scan", setup }),
      (error: unknown) => setStep({ kind: "failed", error: toApiError(error) }),
    );
  };

  useEffect(() => {
    // Each setup call makes a new secret: ask once, even when React runs effects twice in development.
    if (step.kind !== "loading" || started.current) return;
    started.current = true;
    start();
  }, []);

  const finish = async () => {
    // Make sure the session knows enrolment is over before leaving, or the guard would send us back here.
    await refresh().catch(() => undefined);
    await navigate(safeNext(params.get("next")), { replace: true });
  };

  if (step.kind === "already_on") {
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

  if (step.kind === "codes") {
    return (
      <div className="page">
        <h1>{t("twoFactor.title")}</h1>
        <Notice kind="success">{t("twoFactor.confirmed")}</Notice>
        <RecoveryCodesPanel codes={step.codes} onDone={() => void finish()} />
      </div>
    );
  }

  const submit = () =>
    form.submit({
      validate: () => schemaErrors(confirmTotpSchema, { code }, [{ path: "code", id: "totp-code", missing: "field.totp.missing", invalid: "field.totp.invalid" }], t),
      action: async () => {
        const codes = await confirmTwoFactor(code.trim());
        setStep({ kind: "codes", codes });
        // The stage moves from enrolment to signed_in; the recovery codes stay on screen until the user moves on.
        await refresh().catch(() => undefined);
      },
      fields: { code: "totp-code" },
    });

  return (
    <div className="page">
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      <h1>{t("twoFactor.title")}</h1>
      <p className="lead">{mandatory ? t("twoFactor.introRequired") : t("twoFactor.intro")}</p>
      {step.kind === "loading" && <Loading />}
      {step.kind === "failed" && <LoadFailure error={step.error} onRetry={start} />}
      {step.kind === "scan" && (
        <>
          <TotpSetupPanel setup={step.setup} />
          <h2>{t("twoFactor.stepConfirm")}</h2>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <TextField
              id="totp-code"
              label={t("field.totp.label")}
              hint={t("field.totp.hint")}
              autoComplete="one-time-code"
              inputMode="numeric"
              spellCheck={false}
              value={code}
              onChange={setCode}
              error={form.fieldError("totp-code")}
              maxLength={6}
              width="code"
            />
            <SubmitButton busy={form.busy}>{t("twoFactor.confirm")}</SubmitButton>
          </form>
        </>
      )}
    </div>
  );
}
