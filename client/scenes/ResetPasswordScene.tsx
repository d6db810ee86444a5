import { useState } from "react";
import { Link, useParams } from "react-router";
import { resetPasswordFormSchema } from "../../shared/schemas/accountForms";
import { ACCOUNT_LIMITS } from "../../shared/validations";
import { checkPasswordResetLink, resetPassword } from "../api/auth";
import { useResource } from "../api/useResource";
import { Form } from "../components/form/Form";
import { PasswordFields } from "../components/form/PasswordFields";
import { SubmitButton } from "../components/form/SubmitButton";
import { useSchemaForm } from "../components/form/useSchemaForm";
import { Notice } from "../components/Notice";
import { ResourceView } from "../components/ResourceView";
import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n/I18nProvider";

/** A password reset link from the secretariat: choose a new password, then sign in with it. */
export function ResetPasswordScene() {
  const { token = "" } = useParams();
  const { t } = useI18n();
  const { resource, reload } = useResource(() => checkPasswordResetLink(token), token);
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
  return (
    <div className="page page-narrow">
      <ResourceView
        resource={resource}
        onRetry={reload}
        level="page"
        failureTitle={t("reset.invalidTitle")}
        notFound={{ title: t("reset.invalidTitle"), body: t("reset.invalidBody", { minutes: ACCOUNT_LIMITS.passwordResetMinutes }), back: { to: "/sign-in", label: t("link.goToSignIn") } }}
      >
        {() => <ResetForm token={token} onDone={() => setDone(true)} />}
      </ResourceView>
    </div>
  );
}

function ResetForm({ token, onDone }: { token: string; onDone(): void }) {
  const { t } = useI18n();
  const form = useSchemaForm(resetPasswordFormSchema, { password: "", repeat: "" });
  return (
    <>
      <h1>{t("reset.title")}</h1>
      <p>{t("reset.intro")}</p>
      <Form
        form={form}
        idPrefix="reset"
        onSubmit={async ({ password }) => {
          await resetPassword(token, password);
          onDone();
        }}
      >
        <PasswordFields variant="new" />
        <SubmitButton>{t("reset.submit")}</SubmitButton>
      </Form>
    </>
  );
}
