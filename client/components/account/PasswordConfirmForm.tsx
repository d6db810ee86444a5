import { passwordConfirmationSchema } from "../../../shared/schemas/accounts";
import type { Problem } from "../../../shared/types";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { useI18n } from "../../i18n/I18nProvider";
import { Form } from "../form/Form";
import type { ProblemOverride } from "../form/serverProblems";
import { SubmitButton } from "../form/SubmitButton";
import { TextInput } from "../form/TextInput";
import { useSchemaForm } from "../form/useSchemaForm";
import { wrongPassword } from "./wrongPassword";

export interface PasswordConfirmFormProps {
  idPrefix: string;
  submitLabel: string;
  variant?: "secondary" | "warning";
  onConfirm(password: string): Promise<void>;
  onProblem?: (problem: Problem) => ProblemOverride | undefined;
}

/** A sensitive change asks for the password again first. */
export function PasswordConfirmForm({ idPrefix, submitLabel, variant = "secondary", onConfirm, onProblem }: PasswordConfirmFormProps) {
  const { t } = useI18n();
  const form = useSchemaForm(passwordConfirmationSchema, { password: "" });
  return (
    <Form
      form={form}
      idPrefix={idPrefix}
      onProblem={(problem) => (wrongPassword(problem) ? { field: "password", message: t("field.currentPassword.wrong") } : onProblem?.(problem))}
      onSubmit={async ({ password }) => {
        await onConfirm(password);
        form.reset({ password: "" });
      }}
    >
      <TextInput
        name="password"
        label={t("field.confirmPassword.label")}
        hint={t("field.confirmPassword.hint")}
        type="password"
        autoComplete="current-password"
        messages={{ missing: "field.confirmPassword.missing" }}
        maxLength={ACCOUNT_LIMITS.passwordMax}
        width="20"
      />
      <SubmitButton variant={variant}>{submitLabel}</SubmitButton>
    </Form>
  );
}
