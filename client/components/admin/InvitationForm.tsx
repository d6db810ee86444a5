import { ROLES } from "../../../shared/domain";
import { invitationFormSchema } from "../../../shared/schemas/accountForms";
import type { PresentedOrganisation } from "../../../shared/types";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { createInvitation } from "../../api/admin";
import type { CreatedInvitation } from "../../api/types";
import { useI18n } from "../../i18n/I18nProvider";
import { EMAIL_MESSAGES } from "../form/accountMessages";
import { Checkbox } from "../form/Checkbox";
import { Form } from "../form/Form";
import { LanguageSelect } from "../form/LanguageSelect";
import { Select } from "../form/Select";
import { SubmitButton } from "../form/SubmitButton";
import { TextInput } from "../form/TextInput";
import { DateInput } from "../form/DateInput";
import { useSchemaForm } from "../form/useSchemaForm";
import { ACCESS_UNTIL_MESSAGES } from "./accessUntil";
import { organisationOptions } from "./organisationOptions";

const EMPTY = { email: "", role: "" as never, organisationId: undefined, accessUntil: undefined, sendEmail: false };

/** Invite one person: e-mail address, role, organisation and, for observers, the last day of access; optionally e-mailed. */
export function InvitationForm({ organisations, onCreated }: { organisations: PresentedOrganisation[]; onCreated(created: CreatedInvitation): void }) {
  const { t, language } = useI18n();
  // The e-mail goes out in the sender's language unless they choose another (the invitee has no account yet).
  const empty = { ...EMPTY, emailLanguage: language };
  const form = useSchemaForm(invitationFormSchema, empty);
  const role = form.watch("role");
  const sendEmail = form.watch("sendEmail");

  return (
    <Form
      form={form}
      idPrefix="invitation"
      onSubmit={async (input) => {
        onCreated({ ...(await createInvitation(input)), emailRequested: input.sendEmail === true });
        form.reset(empty);
      }}
    >
      <TextInput
        name="email"
        label={t("field.email.label")}
        hint={t("invitations.emailHint")}
        type="email"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        messages={EMAIL_MESSAGES}
        maxLength={ACCOUNT_LIMITS.emailMax}
      />
      <Select
        name="role"
        label={t("field.role.label")}
        hint={role ? t(`roleDescription.${role}`) : t("invitations.roleHint")}
        messages={{ missing: "field.role.missing" }}
        placeholder={t("common.choose")}
        options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
      />
      <Select
        name="organisationId"
        label={t("field.organisationOptional.label")}
        hint={organisations.length === 0 ? t("invitations.noOrganisations") : undefined}
        placeholder={t("common.none")}
        emptyAs="absent"
        options={organisationOptions(organisations, t)}
      />
      {role === "observer" && (
        <DateInput name="accessUntil" label={t("field.accessUntil.label")} hint={t("field.accessUntil.hint")} emptyAs="absent" messages={ACCESS_UNTIL_MESSAGES} />
      )}
      <Checkbox name="sendEmail" label={t("mail.sendInvitation")} hint={t("mail.sendInvitationHint")} />
      {sendEmail && <LanguageSelect name="emailLanguage" label={t("mail.emailLanguage")} />}
      <SubmitButton>{t("invitations.submit")}</SubmitButton>
    </Form>
  );
}
