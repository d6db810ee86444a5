import { useState } from "react";
import { Link, useParams } from "react-router";
import { resetPasswordSchema } from "../../shared/schemas/accounts";
import { ACCOUNT_LIMITS } from "../../shared/validations";
import { checkPasswordResetLink, resetPassword } from "../api/auth";
import { useResource } from "../api/useResource";
import { ErrorSummary } from "../components/form/ErrorSummary";
import { PasswordFields, passwordId, repeatId } from "../components/form/PasswordFields";
import { SubmitButton } from "../components/form/SubmitButton";
import { useForm } from "../components/form/useForm";
import { newPasswordRule, repeatError, schemaErrors } from "../components/form/validation";
import { LinkProblem } from "../components/LinkProblem";
import { Loading } from "../components/Loading";
import { Notice } from "../components/Notice";
import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n/I18nProvider";

const P = "reset";

/** A password reset link from the secretariat: choose a new password, then sign in with it. */
export function ResetPasswordScene() {
  const { token = "" } = useParams();
  const { t } = useI18n();
  const { resource, reload } = useResource(() => checkPasswordResetLink(token), token);
  const form = useForm();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [done, setDone] = useState(false);
  usePageTitle(t("reset.title"));

  if (done) {
    return (
      <div className="page page-narrow">
        <h1>{t("reset.doneTitle")}</h1>
        <Notice kind="success">{t("reset.doneBody")}</Notice>
        <p>
          <Link to="/sign-in" className="button-primary button-link-like">
            {t("link.goToSignIn")}
          </Link>
        </p>
      </div>
    );
  }
  if (resource.status === "loading") return <Loading />;
  if (resource.status === "failed") {
    return <LinkProblem error={resource.error} title={t("reset.invalidTitle")} body={t("reset.invalidBody", { minutes: ACCOUNT_LIMITS.passwordResetMinutes })} onRetry={reload} />;
  }

  const submit = () =>
    form.submit({
      validate: () => ({
        ...schemaErrors(resetPasswordSchema, { password }, [newPasswordRule(passwordId(P))], t),
        ...repeatError(password, repeat, repeatId(P), t),
      }),
      action: async () => {
        await resetPassword(token, password);
        setDone(true);
      },
      fields: { password: passwordId(P) },
    });

  return (
    <div className="page page-narrow">
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      <h1>{t("reset.title")}</h1>
      <p>{t("reset.intro")}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <PasswordFields idPrefix={P} variant="new" password={password} repeat={repeat} onPassword={setPassword} onRepeat={setRepeat} errors={form.errors.fields} />
        <SubmitButton busy={form.busy}>{t("reset.submit")}</SubmitButton>
      </form>
    </div>
  );
}
