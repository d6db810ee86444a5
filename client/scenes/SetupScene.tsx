import { useState } from "react";
import { Navigate, useParams } from "react-router";
import { setupFormSchema } from "../../shared/schemas/accountForms";
import { ACCOUNT_LIMITS } from "../../shared/validations";
import { checkSetupLink, createFirstAccount } from "../api/auth";
import { useResource } from "../api/useResource";
import { EMAIL_MESSAGES, NAME_MESSAGES } from "../components/form/accountMessages";
import { Form } from "../components/form/Form";
import { LanguageSelect } from "../components/form/LanguageSelect";
import { OrganisationFields } from "../components/form/OrganisationFields";
import { PasswordFields } from "../components/form/PasswordFields";
import { SubmitButton } from "../components/form/SubmitButton";
import { TextInput } from "../components/form/TextInput";
import { useSchemaForm } from "../components/form/useSchemaForm";
import { ResourceView } from "../components/ResourceView";
import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { ENROLMENT_PATH } from "../session/guards";

/** First start: the person who installed Greychair creates the first secretariat account from a one-time link. */
export function SetupScene() {
  const { token = "" } = useParams();
  const { t } = useI18n();
  const { resource, reload } = useResource(() => checkSetupLink(token), token);
  const [done, setDone] = useState(false);
  usePageTitle(t("setup.title"));

  if (done) return <Navigate to={ENROLMENT_PATH} replace />;
  return (
    <div className="page">
      <ResourceView
        resource={resource}
        onRetry={reload}
        level="page"
        failureTitle={t("setup.invalidTitle")}
        notFound={{ title: t("setup.invalidTitle"), body: t("setup.invalidBody"), back: { to: "/sign-in", label: t("link.goToSignIn") } }}
      >
        {() => <SetupForm token={token} onDone={() => setDone(true)} />}
      </ResourceView>
    </div>
  );
}

function SetupForm({ token, onDone }: { token: string; onDone(): void }) {
  const { t, language } = useI18n();
  const form = useSchemaForm(setupFormSchema, {
    name: "",
    email: "",
    password: "",
    repeat: "",
    language,
    organisation: { name: "", discipline: "secretariat", country: "BE" },
  });
  return (
    <>
      <h1>{t("setup.title")}</h1>
      <p className="lead">{t("setup.intro")}</p>
      <Form
        form={form}
        idPrefix="setup"
        onSubmit={async (values) => {
          await createFirstAccount(token, values);
          onDone();
        }}
      >
        <fieldset className="fieldset">
          <legend className="fieldset-legend">{t("setup.aboutYou")}</legend>
          <TextInput name="name" label={t("field.name.label")} autoComplete="name" messages={NAME_MESSAGES} maxLength={ACCOUNT_LIMITS.nameMax} />
          <TextInput
            name="email"
            label={t("field.email.label")}
            hint={t("field.email.hint")}
            type="email"
            autoComplete="email"
            spellCheck={false}
            autoCapitalize="none"
            messages={EMAIL_MESSAGES}
            maxLength={ACCOUNT_LIMITS.emailMax}
          />
          <PasswordFields />
          <LanguageSelect hint={t("field.language.hint")} />
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset-legend">{t("setup.organisation")}</legend>
          <OrganisationFields prefix="organisation." />
        </fieldset>
        <p>{t("setup.nextStep")}</p>
        <SubmitButton>{t("setup.submit")}</SubmitButton>
      </Form>
    </>
  );
}
