import { useEffect, useState } from "react";
import { Navigate, useParams } from "react-router";
import { acceptInvitationFormSchema } from "../../shared/schemas/accountForms";
import type { InvitationPreview, SessionStage } from "../../shared/types";
import { ACCOUNT_LIMITS } from "../../shared/validations";
import { acceptInvitation, previewInvitation } from "../api/auth";
import { useResource } from "../api/useResource";
import { NAME_MESSAGES } from "../components/form/accountMessages";
import { Form } from "../components/form/Form";
import { LanguageSelect } from "../components/form/LanguageSelect";
import { PasswordFields } from "../components/form/PasswordFields";
import { SubmitButton } from "../components/form/SubmitButton";
import { TextInput } from "../components/form/TextInput";
import { useSchemaForm } from "../components/form/useSchemaForm";
import { ResourceView } from "../components/ResourceView";
import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { ENROLMENT_PATH } from "../session/guards";

/** Someone opens the link the secretariat gave them and creates their account. */
export function AcceptInvitationScene() {
  const { token = "" } = useParams();
  const { t } = useI18n();
  const { resource, reload } = useResource(() => previewInvitation(token), token);
  const [stage, setStage] = useState<SessionStage | null>(null);
  usePageTitle(t("invite.title"));

  if (stage === "enrolment") return <Navigate to={ENROLMENT_PATH} replace />;
  if (stage) return <Navigate to="/" replace />;
  return (
    <div className="page">
      <ResourceView
        resource={resource}
        onRetry={reload}
        level="page"
        failureTitle={t("invite.invalidTitle")}
        notFound={{ title: t("invite.invalidTitle"), body: t("invite.invalidBody", { days: ACCOUNT_LIMITS.invitationDays }), back: { to: "/sign-in", label: t("link.goToSignIn") } }}
      >
        {(invitation) => <AcceptForm token={token} invitation={invitation} onAccepted={setStage} />}
      </ResourceView>
    </div>
  );
}

function AcceptForm({ token, invitation, onAccepted }: { token: string; invitation: InvitationPreview; onAccepted(stage: SessionStage): void }) {
  const { t, language, setLanguage, formatDateTime } = useI18n();
  // The page speaks the language the secretariat gave for this person, once; the switcher still works.
  useEffect(() => {
    if (invitation.language) setLanguage(invitation.language);
  }, [invitation.language, setLanguage]);
  const form = useSchemaForm(acceptInvitationFormSchema, { name: invitation.name ?? "", password: "", repeat: "", language: invitation.language ?? language });
  return (
    <>
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
      <Form form={form} idPrefix="invite" onSubmit={async (values) => onAccepted((await acceptInvitation(token, values)).stage)}>
        {/* Lets password managers store the new password under the right e-mail address. */}
        <input type="email" autoComplete="username" value={invitation.email} readOnly hidden />
        <TextInput name="name" label={t("field.name.label")} hint={t("field.name.hint")} autoComplete="name" messages={NAME_MESSAGES} maxLength={ACCOUNT_LIMITS.nameMax} />
        <PasswordFields />
        <LanguageSelect hint={t("field.language.hint")} />
        <SubmitButton>{t("invite.submit")}</SubmitButton>
      </Form>
    </>
  );
}
