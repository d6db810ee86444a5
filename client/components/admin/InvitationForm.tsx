import { useState } from "react";
import { ROLES, type Role } from "../../../shared/domain";
import { createInvitationSchema } from "../../../shared/schemas/accounts";
import type { PresentedOrganisation } from "../../../shared/types";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { createInvitation } from "../../api/admin";
import type { CreatedInvitation } from "../../api/types";
import { useI18n } from "../../i18n/I18nProvider";
import { ErrorSummary } from "../form/ErrorSummary";
import { SelectField } from "../form/SelectField";
import { SubmitButton } from "../form/SubmitButton";
import { TextField } from "../form/TextField";
import { useForm } from "../form/useForm";
import { emailRule, schemaErrors } from "../form/validation";
import { accessUntilError, todayInBrussels } from "./accessUntil";
import { organisationOptions } from "./organisationOptions";

const IDS = { email: "invitation-email", role: "invitation-role", organisation: "invitation-organisation", accessUntil: "invitation-access-until" };

/** Invite one person: e-mail address, role, organisation and, for observers, the last day of access. */
export function InvitationForm({ organisations, onCreated }: { organisations: PresentedOrganisation[]; onCreated(created: CreatedInvitation): void }) {
  const { t } = useI18n();
  const form = useForm();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role | "">("");
  const [organisationId, setOrganisationId] = useState("");
  const [accessUntil, setAccessUntil] = useState("");

  const input = () => ({
    email,
    role,
    organisationId: organisationId || undefined,
    accessUntil: role === "observer" && accessUntil ? accessUntil : undefined,
  });

  const submit = () =>
    form.submit({
      validate: () => ({
        ...schemaErrors(createInvitationSchema, input(), [emailRule(IDS.email), { path: "role", id: IDS.role, missing: "field.role.missing" }], t),
        ...(role === "observer" ? accessUntilError(accessUntil, IDS.accessUntil, t) : {}),
      }),
      action: async () => {
        onCreated(await createInvitation(createInvitationSchema.parse(input())));
        setEmail("");
        setRole("");
        setOrganisationId("");
        setAccessUntil("");
      },
      fields: { email: IDS.email, role: IDS.role, organisationId: IDS.organisation, accessUntil: IDS.accessUntil },
    });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      <TextField
        id={IDS.email}
        label={t("field.email.label")}
        hint={t("invitations.emailHint")}
        type="email"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        value={email}
        onChange={setEmail}
        error={form.fieldError(IDS.email)}
        maxLength={ACCOUNT_LIMITS.emailMax}
      />
      <SelectField
        id={IDS.role}
        label={t("field.role.label")}
        hint={role ? t(`roleDescription.${role}`) : t("invitations.roleHint")}
        value={role}
        onChange={(value) => setRole(value as Role | "")}
        error={form.fieldError(IDS.role)}
        placeholder={t("common.choose")}
        options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
      />
      <SelectField
        id={IDS.organisation}
        label={t("field.organisationOptional.label")}
        hint={organisations.length === 0 ? t("invitations.noOrganisations") : undefined}
        value={organisationId}
        onChange={setOrganisationId}
        error={form.fieldError(IDS.organisation)}
        placeholder={t("common.none")}
        options={organisationOptions(organisations, t)}
      />
      {role === "observer" && (
        <TextField
          id={IDS.accessUntil}
          label={t("field.accessUntil.label")}
          hint={t("field.accessUntil.hint")}
          type="date"
          min={todayInBrussels()}
          value={accessUntil}
          onChange={setAccessUntil}
          error={form.fieldError(IDS.accessUntil)}
          width="10"
        />
      )}
      <SubmitButton busy={form.busy}>{t("invitations.submit")}</SubmitButton>
    </form>
  );
}
