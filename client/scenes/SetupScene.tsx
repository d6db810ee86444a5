import { useState } from "react";
import { Navigate, useParams } from "react-router";
import { firstAccountSchema } from "../../shared/schemas/accounts";
import { ACCOUNT_LIMITS } from "../../shared/validations";
import { checkSetupLink, createFirstAccount } from "../api/auth";
import { useResource } from "../api/useResource";
import { ErrorSummary } from "../components/form/ErrorSummary";
import { LanguageSelect } from "../components/form/LanguageSelect";
import { OrganisationFields, organisationIds, organisationRules, type OrganisationValues } from "../components/form/OrganisationFields";
import { PasswordFields, passwordId, repeatId } from "../components/form/PasswordFields";
import { SubmitButton } from "../components/form/SubmitButton";
import { TextField } from "../components/form/TextField";
import { useForm } from "../components/form/useForm";
import { emailRule, nameRule, newPasswordRule, repeatError, schemaErrors } from "../components/form/validation";
import { LinkProblem } from "../components/LinkProblem";
import { Loading } from "../components/Loading";
import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { ENROLMENT_PATH } from "../session/guards";
import type { Language } from "../../shared/languages";

const P = "setup";

/** First start: the person who installed Greychair creates the first secretariat account from a one-time link. */
export function SetupScene() {
  const { token = "" } = useParams();
  const { t, language: uiLanguage } = useI18n();
  const { resource, reload } = useResource(() => checkSetupLink(token), token);
  const form = useForm();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [organisation, setOrganisation] = useState<OrganisationValues>({ name: "", discipline: "secretariat", country: "BE" });
  const [done, setDone] = useState(false);
  usePageTitle(t("setup.title"));

  if (done) return <Navigate to={ENROLMENT_PATH} replace />;
  if (resource.status === "loading") return <Loading />;
  if (resource.status === "failed") {
    return <LinkProblem error={resource.error} title={t("setup.invalidTitle")} body={t("setup.invalidBody")} onRetry={reload} />;
  }

  const org = organisationIds(P);
  const values = { name, email, password, language, organisation };
  const submit = () =>
    form.submit({
      validate: () => ({
        ...schemaErrors(firstAccountSchema, values, [nameRule(`${P}-name`), emailRule(`${P}-email`), newPasswordRule(passwordId(P))], t),
        ...repeatError(password, repeat, repeatId(P), t),
        ...schemaErrors(firstAccountSchema, values, [...organisationRules(P, "organisation")], t),
      }),
      action: async () => {
        await createFirstAccount(token, firstAccountSchema.parse(values));
        setDone(true);
      },
      fields: {
        name: `${P}-name`,
        email: `${P}-email`,
        password: passwordId(P),
        language: `${P}-language`,
        "organisation.name": org.name,
        "organisation.discipline": org.discipline,
        "organisation.country": org.country,
      },
    });

  return (
    <div className="page">
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      <h1>{t("setup.title")}</h1>
      <p className="lead">{t("setup.intro")}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset className="fieldset">
          <legend className="fieldset-legend">{t("setup.aboutYou")}</legend>
          <TextField id={`${P}-name`} label={t("field.name.label")} autoComplete="name" value={name} onChange={setName} error={form.fieldError(`${P}-name`)} maxLength={ACCOUNT_LIMITS.nameMax} />
          <TextField
            id={`${P}-email`}
            label={t("field.email.label")}
            hint={t("field.email.hint")}
            type="email"
            autoComplete="email"
            spellCheck={false}
            autoCapitalize="none"
            value={email}
            onChange={setEmail}
            error={form.fieldError(`${P}-email`)}
            maxLength={ACCOUNT_LIMITS.emailMax}
          />
          <PasswordFields idPrefix={P} password={password} repeat={repeat} onPassword={setPassword} onRepeat={setRepeat} errors={form.errors.fields} />
          <LanguageSelect id={`${P}-language`} value={language} onChange={setLanguage} error={form.fieldError(`${P}-language`)} hint={t("field.language.hint")} />
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset-legend">{t("setup.organisation")}</legend>
          <OrganisationFields idPrefix={P} value={organisation} onChange={setOrganisation} errors={form.errors.fields} />
        </fieldset>
        <p>{t("setup.nextStep")}</p>
        <SubmitButton busy={form.busy}>{t("setup.submit")}</SubmitButton>
      </form>
    </div>
  );
}
