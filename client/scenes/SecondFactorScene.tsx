import { useState } from "react";
import { Navigate, useSearchParams } from "react-router";
import { secondFactorSchema } from "../../shared/schemas/accounts";
import { submitSecondFactor } from "../api/auth";
import { ApiError } from "../api/http";
import { ErrorSummary } from "../components/form/ErrorSummary";
import { SubmitButton } from "../components/form/SubmitButton";
import { TextField } from "../components/form/TextField";
import { useForm } from "../components/form/useForm";
import { schemaErrors } from "../components/form/validation";
import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { ENROLMENT_PATH } from "../session/guards";
import { safeNext, withNext } from "../session/next";
import { SessionPending } from "../session/SessionPending";
import { useSession } from "../session/SessionProvider";

/** Step two of signing in: the code from the authenticator app, or a recovery code. */
export function SecondFactorScene() {
  const { t } = useI18n();
  const { session, signOut, refresh } = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const form = useForm();
  const [code, setCode] = useState("");
  // After five wrong codes the server drops the pending sign-in: back to the password, saying why.
  const [restarted, setRestarted] = useState(false);
  usePageTitle(t("secondFactor.title"));

  if (!session) return <SessionPending />;
  if (session.stage === "anonymous") return <Navigate to={withNext("/sign-in", next)} replace state={restarted ? { secondFactorRestart: true } : undefined} />;
  if (session.stage === "enrolment") return <Navigate to={withNext(ENROLMENT_PATH, next)} replace />;
  if (session.stage === "signed_in") return <Navigate to={next} replace />;

  const submit = () =>
    form.submit({
      validate: () =>
        schemaErrors(secondFactorSchema, { code }, [{ path: "code", id: "second-factor-code", missing: "field.code.missing", invalid: "field.code.invalid" }], t),
      action: async () => {
        try {
          await submitSecondFactor(code.trim());
        } catch (error) {
          setCode("");
          if (error instanceof ApiError && error.code === "second_factor_restart") {
            setRestarted(true);
            await refresh();
            return;
          }
          throw error;
        }
      },
      fields: { code: "second-factor-code" },
    });

  return (
    <div className="page page-narrow">
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      <h1>{t("secondFactor.title")}</h1>
      <p>{t("secondFactor.intro")}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          id="second-factor-code"
          label={t("field.code.label")}
          hint={t("field.code.hint")}
          autoComplete="one-time-code"
          spellCheck={false}
          autoCapitalize="none"
          value={code}
          onChange={setCode}
          error={form.fieldError("second-factor-code")}
          maxLength={11}
          width="code"
        />
        <SubmitButton busy={form.busy}>{t("secondFactor.submit")}</SubmitButton>
      </form>
      <p>
        <button type="button" className="button-link" onClick={() => void signOut().catch(() => undefined)}>
          {t("secondFactor.otherAccount")}
        </button>
      </p>
    </div>
  );
}
