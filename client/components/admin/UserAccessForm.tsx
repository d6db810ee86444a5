import { useState } from "react";
import { ROLES, type Role } from "../../../shared/domain";
import type { UpdateUserInput } from "../../../shared/schemas/accounts";
import type { PresentedOrganisation, PresentedUser } from "../../../shared/types";
import { updateUser } from "../../api/admin";
import { useI18n } from "../../i18n/I18nProvider";
import { CheckboxField } from "../form/CheckboxField";
import { ErrorSummary } from "../form/ErrorSummary";
import { SelectField } from "../form/SelectField";
import { SubmitButton } from "../form/SubmitButton";
import { TextField } from "../form/TextField";
import { useForm } from "../form/useForm";
import { Notice } from "../Notice";
import { accessUntilError } from "./accessUntil";
import { organisationOptions } from "./organisationOptions";

/** Role, organisation, end of access and whether the account may sign in; only what changed is sent. */
export function UserAccessForm({ user, organisations, isSelf, onSaved }: { user: PresentedUser; organisations: PresentedOrganisation[]; isSelf: boolean; onSaved(user: PresentedUser): void }) {
  const { t } = useI18n();
  const form = useForm();
  const [role, setRole] = useState<Role>(user.role);
  const [organisationId, setOrganisationId] = useState(user.organisation?.id ?? "");
  const [accessUntil, setAccessUntil] = useState(user.accessUntil?.slice(0, 10) ?? "");
  const [active, setActive] = useState(user.active);
  const [saved, setSaved] = useState(false);

  const changes = (): UpdateUserInput => {
    const input: UpdateUserInput = {};
    if (role !== user.role) input.role = role;
    if (organisationId !== (user.organisation?.id ?? "")) input.organisationId = organisationId || null;
    const until = role === "observer" ? accessUntil : "";
    if (until !== (user.accessUntil?.slice(0, 10) ?? "")) input.accessUntil = until || null;
    if (active !== user.active) input.active = active;
    return input;
  };

  const submit = () => {
    setSaved(false);
    return form.submit({
      validate: () => (role === "observer" ? accessUntilError(accessUntil, "user-access-until", t) : {}),
      action: async () => {
        const input = changes();
        if (Object.keys(input).length > 0) onSaved(await updateUser(user.id, input));
        setSaved(true);
      },
      fields: { role: "user-role", organisationId: "user-organisation", accessUntil: "user-access-until", active: "user-active" },
    });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      {saved && <Notice kind="success">{t("user.saved")}</Notice>}
      {isSelf && <Notice kind="warning">{t("user.self")}</Notice>}
      <SelectField
        id="user-role"
        label={t("field.role.label")}
        hint={t(`roleDescription.${role}`)}
        value={role}
        onChange={(value) => setRole(value as Role)}
        error={form.fieldError("user-role")}
        options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
      />
      <SelectField
        id="user-organisation"
        label={t("field.organisation.label")}
        value={organisationId}
        onChange={setOrganisationId}
        error={form.fieldError("user-organisation")}
        placeholder={t("common.none")}
        options={organisationOptions(organisations, t)}
      />
      {role === "observer" && (
        <TextField
          id="user-access-until"
          label={t("field.accessUntil.label")}
          hint={t("field.accessUntil.hint")}
          type="date"
          value={accessUntil}
          onChange={setAccessUntil}
          error={form.fieldError("user-access-until")}
          width="10"
        />
      )}
      <CheckboxField id="user-active" label={t("user.activeLabel")} hint={t("user.activeHint")} checked={active} onChange={setActive} />
      <SubmitButton busy={form.busy}>{t("user.save")}</SubmitButton>
    </form>
  );
}
