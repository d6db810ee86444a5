import { useState } from "react";
import { Navigate, useLocation, useSearchParams } from "react-router";
import { signInSchema } from "../../shared/schemas/accounts";
import { ACCOUNT_LIMITS } from "../../shared/validations";
import { signIn } from "../api/auth";
import { ErrorSummary } from "../components/form/ErrorSummary";
import { SubmitButton } from "../components/form/SubmitButton";
import { TextField } from "../components/form/TextField";
import { useForm } from "../components/form/useForm";
import { schemaErrors } from "../components/form/validation";
import { Notice } from "../components/Notice";
import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { ENROLMENT_PATH } from "../session/guards";
import { safeNext, withNext } from "../session/next";
import { SessionPending } from "../session/SessionPending";
import { useSession } from "../session/SessionProvider";

/** Step one of signing in: e-mail address and password. The code step follows at /sign-in/code. */
export function SignInScene() {
  const { t } = useI18n();
  const { session } = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  const next = safeNext(params.get("next"));
  const form = useForm();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  usePageTitle(t("signIn.title"));

  // Wherever the sign-in stands, the session says where to go: this also moves on after a successful submit.
  if (!session) return <SessionPending />;
  if (session.stage === "signed_in") return <Navigate to={next} replace />;
  if (session.stage === "second_factor") return <Navigate to={withNext("/sign-in/code", next)} replace />;
  if (session.stage === "enrolment") return <Navigate to={withNext(ENROLMENT_PATH, next)} replace />;

  const state = location.state as { signedOut?: boolean; secondFactorRestart?: boolean } | null;
  const signedOut = state?.signedOut === true;
  const submit = () =>
    form.submit({
      validate: () =>
        schemaErrors(signInSchema, { email, password }, [
          { path: "email", id: "sign-in-email", missing: "field.signInEmail.missing", tooLong: "field.email.tooLong" },
          { path: "password", id: "sign-in-password", missing: "field.signInPassword.missing", tooLong: "field.password.tooLong" },
        ], t),
      action: async () => {
        try {
          await signIn({ email, password });
        } catch (error) {
          setPassword("");
          throw error;
        }
      },
    });

  return (
    <div className="page page-narrow">
      {signedOut && <Notice kind="success">{t("signIn.signedOut")}</Notice>}
      {state?.secondFactorRestart && <Notice kind="warning">{t("signIn.secondFactorRestart")}</Notice>}
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      <h1>{t("signIn.title")}</h1>
      <p>{t("signIn.intro")}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          id="sign-in-email"
          label={t("field.email.label")}
          type="email"
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="none"
          value={email}
          onChange={setEmail}
          error={form.fieldError("sign-in-email")}
          maxLength={ACCOUNT_LIMITS.emailMax}
        />
        <TextField
          id="sign-in-password"
          label={t("field.password.label")}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={form.fieldError("sign-in-password")}
          maxLength={ACCOUNT_LIMITS.passwordMax}
          width="20"
        />
        <SubmitButton busy={form.busy}>{t("signIn.submit")}</SubmitButton>
      </form>
      <h2 className="heading-small">{t("signIn.troubleTitle")}</h2>
      <p>{t("signIn.troubleBody")}</p>
    </div>
  );
}
