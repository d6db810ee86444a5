import { useState } from "react";
import { Navigate, useSearchParams } from "react-router";
import { secondFactorSchema } from "../../shared/schemas/accounts";
import { submitSecondFactor } from "../api/auth";
import { ApiError } from "../api/http";
import { Form } from "../components/form/Form";
import { SubmitButton } from "../components/form/SubmitButton";
import { TextInput } from "../components/form/TextInput";
import { useSchemaForm } from "../components/form/useSchemaForm";
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
  const form = useSchemaForm(secondFactorSchema, { code: "" });
  // After five wrong codes the server drops the pending sign-in: back to the password, saying why.
  const [restarted, setRestarted] = useState(false);
  usePageTitle(t("secondFactor.title"));

  if (!session) return <SessionPending />;
  if (session.stage === "anonymous") return <Navigate to={withNext("/sign-in", next)} replace state={restarted ? { secondFactorRestart: true } : undefined} />;
  if (session.stage === "enrolment") return <Navigate to={withNext(ENROLMENT_PATH, next)} replace />;
  if (session.stage === "signed_in") return <Navigate to={next} replace />;

  return (
    <div className="page page-narrow">
      <h1>{t("secondFactor.title")}</h1>
      <p>{t("secondFactor.intro")}</p>
      <Form
        form={form}
        idPrefix="second-factor"
        onSubmit={async ({ code }) => {
          try {
            await submitSecondFactor(code);
          } catch (error) {
            form.setValue("code", "");
            if (error instanceof ApiError && error.code === "second_factor_restart") {
              setRestarted(true);
              await refresh();
              return;
            }
            throw error;
          }
        }}
      >
        <TextInput
          name="code"
          label={t("field.code.label")}
          hint={t("field.code.hint")}
          autoComplete="one-time-code"
          spellCheck={false}
          autoCapitalize="none"
          messages={{ missing: "field.code.missing", invalid: "field.code.invalid" }}
          maxLength={11}
          width="code"
        />
        <SubmitButton>{t("secondFactor.submit")}</SubmitButton>
      </Form>
      <p>
        <button type="button" className="button-link" onClick={() => void signOut().catch(() => undefined)}>
          {t("secondFactor.otherAccount")}
        </button>
      </p>
    </div>
  );
}
