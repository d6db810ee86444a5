import { useState } from "react";
import { ROLES } from "../../../shared/domain";
import { userAccessSchema, type UpdateUserInput } from "../../../shared/schemas/accounts";
import type { PresentedOrganisation, PresentedUser } from "../../../shared/types";
import { updateUser } from "../../api/admin";
import { useI18n } from "../../i18n/I18nProvider";
import { Checkbox } from "../form/Checkbox";
import { Form } from "../form/Form";
import { Select } from "../form/Select";
import { SubmitButton } from "../form/SubmitButton";
import { DateInput } from "../form/DateInput";
import { useSchemaForm } from "../form/useSchemaForm";
import { Notice } from "../Notice";
import { ACCESS_UNTIL_MESSAGES } from "./accessUntil";
import { organisationOptions } from "./organisationOptions";

/** Role, organisation, end of access and whether the account may sign in; only what changed is sent. */
export function UserAccessForm({ user, organisations, isSelf, onSaved }: { user: PresentedUser; organisations: PresentedOrganisation[]; isSelf: boolean; onSaved(user: PresentedUser): void }) {
  const { t } = useI18n();
  const current = { role: user.role, organisationId: user.organisation?.id ?? null, accessUntil: user.accessUntil?.slice(0, 10) ?? null, active: user.active };
  const form = useSchemaForm(userAccessSchema, current);
  const role = form.watch("role");
  const [saved, setSaved] = useState(false);

  return (
    <Form
      form={form}
      idPrefix="user"
      onSubmit={async (values) => {
        setSaved(false);
        const next = { ...values, accessUntil: values.role === "observer" ? (values.accessUntil ?? null) : null };
        const input: UpdateUserInput = Object.fromEntries(Object.entries(next).filter(([key, value]) => value !== current[key as keyof typeof current]));
        if (Object.keys(input).length > 0) onSaved(await updateUser(user.id, input));
        setSaved(true);
      }}
    >
      {saved && <Notice kind="success">{t("user.saved")}</Notice>}
      {isSelf && <Notice kind="warning">{t("user.self")}</Notice>}
      <Select name="role" label={t("field.role.label")} hint={t(`roleDescription.${role}`)} options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))} />
      <Select name="organisationId" label={t("field.organisation.label")} placeholder={t("common.none")} emptyAs={null} options={organisationOptions(organisations, t)} />
      {role === "observer" && (
        <DateInput name="accessUntil" label={t("field.accessUntil.label")} hint={t("field.accessUntil.hint")} emptyAs={null} messages={ACCESS_UNTIL_MESSAGES} />
      )}
      <Checkbox name="active" label={t("user.activeLabel")} hint={t("user.activeHint")} />
      <SubmitButton>{t("user.save")}</SubmitButton>
    </Form>
  );
}
