import { Navigate, useLocation, useSearchParams } from "react-router";
import { signInFormSchema } from "../../shared/schemas/accountForms";
import { ACCOUNT_LIMITS } from "../../shared/validations";
import { signIn } from "../api/auth";
import { Checkbox } from "../components/form/Checkbox";
import { Form } from "../components/form/Form";
import { SubmitButton } from "../components/form/SubmitButton";
import { TextInput } from "../components/form/TextInput";
import { useSchemaForm } from "../components/form/useSchemaForm";
import { Notice } from "../components/Notice";
import { usePageTitle } from "../components/usePageTitle";
import { deleteOfflineCopies, keepsOfflineCopies, setKeepOfflineCopies } from "../editor/offlineCopies";
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
  const form = useSchemaForm(signInFormSchema, { email: "", password: "", keepOfflineCopies: keepsOfflineCopies() });
  usePageTitle(t("signIn.title"));

  // Wherever the sign-in stands, the session says where to go: this also moves on after a successful submit.
  if (!session) return <SessionPending />;
  if (session.stage === "signed_in") return <Navigate to={next} replace />;
  if (session.stage === "second_factor") return <Navigate to={withNext("/sign-in/code", next)} replace />;
  if (session.stage === "enrolment") return <Navigate to={withNext(ENROLMENT_PATH, next)} replace />;

  const state = location.state as { signedOut?: boolean; secondFactorRestart?: boolean } | null;
  const signedOut = state?.signedOut === true;

  return (
    <div className="page page-narrow">
      {signedOut && <Notice kind="success">{t("signIn.signedOut")}</Notice>}
      {state?.secondFactorRestart && <Notice kind="warning">{t("signIn.secondFactorRestart")}</Notice>}
      <h1>{t("signIn.title")}</h1>
      <p>{t("signIn.intro")}</p>
      <Form
        form={form}
        idPrefix="sign-in"
        onSubmit={async ({ keepOfflineCopies, ...credentials }) => {
          setKeepOfflineCopies(keepOfflineCopies);
          // Someone before may have kept copies on this device; this person did not choose to.
          if (!keepOfflineCopies) await deleteOfflineCopies();
          try {
            await signIn(credentials);
          } catch (error) {
            form.setValue("password", "");
            throw error;
          }
        }}
      >
        <TextInput
          name="email"
          label={t("field.email.label")}
          type="email"
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="none"
          messages={{ missing: "field.signInEmail.missing", tooLong: "field.email.tooLong" }}
          maxLength={ACCOUNT_LIMITS.emailMax}
        />
        <TextInput
          name="password"
          label={t("field.password.label")}
          type="password"
          autoComplete="current-password"
          messages={{ missing: "field.signInPassword.missing", tooLong: "field.password.tooLong" }}
          maxLength={ACCOUNT_LIMITS.passwordMax}
          width="20"
        />
        <Checkbox name="keepOfflineCopies" label={t("signIn.keepOfflineCopies")} hint={t("signIn.keepOfflineCopiesHint")} />
        <SubmitButton>{t("signIn.submit")}</SubmitButton>
      </Form>
      <h2 className="heading-small">{t("signIn.troubleTitle")}</h2>
      <p>{t("signIn.troubleBody")}</p>
    </div>
  );
}
