import { ROLES } from "../../../shared/domain";
import { invitationFormSchema, NEW_ORGANISATION } from "../../../shared/schemas/accountForms";
import type { PresentedOrganisation } from "../../../shared/types";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { createInvitation } from "../../api/admin";
import type { CreatedInvitation } from "../../api/types";
import { useI18n } from "../../i18n/I18nProvider";
import { EMAIL_MESSAGES } from "../form/accountMessages";
import { Checkbox } from "../form/Checkbox";
import { Form } from "../form/Form";
import { LanguageSelect } from "../form/LanguageSelect";
import { OrganisationFields } from "../form/OrganisationFields";
import { Select } from "../form/Select";
import { SubmitButton } from "../form/SubmitButton";
import { TextInput } from "../form/TextInput";
import { DateInput } from "../form/DateInput";
import { useSchemaForm } from "../form/useSchemaForm";
import { ACCESS_UNTIL_MESSAGES } from "./accessUntil";
import { organisationOptions } from "./organisationOptions";

const EMPTY = { email: "", name: undefined, role: "" as never, organisationId: undefined, accessUntil: undefined, sendEmail: false };

/**
 * Invite one person: e-mail address, name and language, role, organisation (from the list, or a
 * new one typed in place) and, for observers, the last day of access; optionally e-mailed.
 */
export function InvitationForm({ organisations, onCreated }: { organisations: PresentedOrganisation[]; onCreated(created: CreatedInvitation): void }) {
  const { t, language } = useI18n();
  // The invitee's language starts as the sender's: most invite colleagues who share it.
  const form = useSchemaForm(invitationFormSchema, { ...EMPTY, language });
  const role = form.watch("role");
  const newOrganisation = form.watch("organisationId") === NEW_ORGANISATION;

  return (
    <Form
      form={form}
      idPrefix="invitation"
      onSubmit={async (input) => {
        onCreated({ ...(await createInvitation(input)), emailRequested: input.sendEmail === true });
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
      <TextInput name="name" label={t("invitations.name")} hint={t("invitations.nameHint")} autoComplete="off" emptyAs="absent" messages={{ tooLong: "field.name.tooLong" }} maxLength={ACCOUNT_LIMITS.nameMax} />
      <LanguageSelect label={t("invitations.language")} hint={t("invitations.languageHint")} />
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
        placeholder={t("common.none")}
        emptyAs="absent"
        options={[...organisationOptions(organisations, t), { value: NEW_ORGANISATION, label: t("invitations.newOrganisation") }]}
      />
      {newOrganisation && (
        <fieldset className="fieldset nested-fieldset">
          <legend className="field-label">{t("invitations.newOrganisationLegend")}</legend>
          <OrganisationFields prefix="organisation." />
        </fieldset>
      )}
      {role === "observer" && (
        <DateInput name="accessUntil" label={t("field.accessUntil.label")} hint={t("field.accessUntil.hint")} emptyAs="absent" messages={ACCESS_UNTIL_MESSAGES} />
      )}
      <Checkbox name="sendEmail" label={t("mail.sendInvitation")} hint={t("mail.sendInvitationHint")} />
      <SubmitButton>{t("invitations.submit")}</SubmitButton>
    </Form>
  );
}
