import { useState } from "react";
import { changePasswordFormSchema } from "../../../shared/schemas/accountForms";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { changePassword } from "../../api/account";
import { useI18n } from "../../i18n/I18nProvider";
import { Form } from "../form/Form";
import { PasswordFields } from "../form/PasswordFields";
import { SubmitButton } from "../form/SubmitButton";
import { TextInput } from "../form/TextInput";
import { useSchemaForm } from "../form/useSchemaForm";
import { Notice } from "../Notice";
import { wrongPassword } from "./wrongPassword";

const EMPTY = { currentPassword: "", newPassword: "", repeat: "" };

export function ChangePasswordSection() {
  const { t } = useI18n();
  const form = useSchemaForm(changePasswordFormSchema, EMPTY);
  const [saved, setSaved] = useState(false);

  return (
    <section className="section">
      <h2 id="change-password-title">{t("account.passwordTitle")}</h2>
      {saved && <Notice kind="success">{t("account.passwordChanged")}</Notice>}
      <Form
        form={form}
        idPrefix="change"
        onProblem={(problem) => (wrongPassword(problem) ? { field: "currentPassword", message: t("field.currentPassword.wrong") } : undefined)}
        onSubmit={async ({ currentPassword, newPassword }) => {
          setSaved(false);
          await changePassword(currentPassword, newPassword);
          form.reset(EMPTY);
          setSaved(true);
        }}
      >
        <TextInput
          name="currentPassword"
          label={t("field.currentPassword.label")}
          type="password"
          autoComplete="current-password"
          messages={{ missing: "field.currentPassword.missing" }}
          maxLength={ACCOUNT_LIMITS.passwordMax}
          width="20"
        />
        <PasswordFields name="newPassword" variant="new" />
        <SubmitButton variant="secondary">{t("account.changePassword")}</SubmitButton>
      </Form>
    </section>
  );
}
