import { useState } from "react";
import { Navigate, useParams } from "react-router";
import { acceptInvitationSchema } from "../../shared/schemas/accounts";
import { ACCOUNT_LIMITS } from "../../shared/validations";
import type { Language } from "../../shared/languages";
import { acceptInvitation, previewInvitation } from "../api/auth";
import { useResource } from "../api/useResource";
import { ErrorSummary } from "../components/form/ErrorSummary";
import { LanguageSelect } from "../components/form/LanguageSelect";
import { PasswordFields, passwordId, repeatId } from "../components/form/PasswordFields";
import { SubmitButton } from "../components/form/SubmitButton";
import { TextField } from "../components/form/TextField";
import { useForm } from "../components/form/useForm";
import { nameRule, newPasswordRule, repeatError, schemaErrors } from "../components/form/validation";
import { LinkProblem } from "../components/LinkProblem";
import { Loading } from "../components/Loading";
import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { ENROLMENT_PATH } from "../session/guards";
import type { SessionStage } from "../../shared/types";

const P = "invite";

/** Someone opens the link the secretariat gave them and creates their account. */
export function AcceptInvitationScene() {
  const { token = "" } = useParams();
  const { t, language: uiLanguage, formatDateTime } = useI18n();
  const { resource, reload } = useResource(() => previewInvitation(token), token);
  const form = useForm();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [stage, setStage] = useState<SessionStage | null>(null);
  usePageTitle(t("invite.title"));

  if (stage === "enrolment") return <Navigate to={ENROLMENT_PATH} replace />;
  if (stage) return <Navigate to="/" replace />;
  if (resource.status === "loading") return <Loading />;
  if (resource.status === "failed") {
    return <LinkProblem error={resource.error} title={t("invite.invalidTitle")} body={t("invite.invalidBody", { days: ACCOUNT_LIMITS.invitationDays })} onRetry={reload} />;
  }
  const invitation = resource.data;

  const submit = () =>
    form.submit({
      validate: () => ({
        ...schemaErrors(acceptInvitationSchema, { name, password, language }, [nameRule(`${P}-name`), newPasswordRule(passwordId(P))], t),
        ...repeatError(password, repeat, repeatId(P), t),
      }),
      action: async () => {
        const session = await acceptInvitation(token, { name: name.trim(), password, language });
        setStage(session.stage);
      },
      fields: { name: `${P}-name`, password: passwordId(P), language: `${P}-language` },
    });

  return (
    <div className="page">
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      <h1>{t("invite.title")}</h1>
      <p className="lead">{t("invite.intro")}</p>
      <dl className="summary-list">
        <div className="summary-row">
          <dt>{t("field.email.label")}</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div className="summary-row">
          <dt>{t("field.role.label")}</dt>
          <dd>
            {t(`role.${invitation.role}`)}
            <span className="summary-note">{t(`roleDescription.${invitation.role}`)}</span>
          </dd>
        </div>
        <div className="summary-row">
          <dt>{t("invite.validUntil")}</dt>
          <dd>{formatDateTime(invitation.expiresAt)}</dd>
        </div>
      </dl>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {/* Lets password managers store the new password under the right e-mail address. */}
        <input type="email" autoComplete="username" value={invitation.email} readOnly hidden />
        <TextField id={`${P}-name`} label={t("field.name.label")} hint={t("field.name.hint")} autoComplete="name" value={name} onChange={setName} error={form.fieldError(`${P}-name`)} maxLength={ACCOUNT_LIMITS.nameMax} />
        <PasswordFields idPrefix={P} password={password} repeat={repeat} onPassword={setPassword} onRepeat={setRepeat} errors={form.errors.fields} />
        <LanguageSelect id={`${P}-language`} value={language} onChange={setLanguage} error={form.fieldError(`${P}-language`)} hint={t("field.language.hint")} />
        <SubmitButton busy={form.busy}>{t("invite.submit")}</SubmitButton>
      </form>
    </div>
  );
}
