import { useState } from "react";
import type { Problem } from "../../../shared/types";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { useI18n } from "../../i18n/I18nProvider";
import { ErrorSummary } from "../form/ErrorSummary";
import { SubmitButton } from "../form/SubmitButton";
import { TextField } from "../form/TextField";
import { useForm, type FormErrors } from "../form/useForm";

export interface PasswordConfirmFormProps {
  id: string;
  submitLabel: string;
  variant?: "secondary" | "warning";
  onConfirm(password: string): Promise<void>;
  onProblem?: (problem: Problem) => FormErrors | undefined;
}

/** A sensitive change asks for the password again first. */
export function PasswordConfirmForm({ id, submitLabel, variant = "secondary", onConfirm, onProblem }: PasswordConfirmFormProps) {
  const { t } = useI18n();
  const form = useForm();
  const [password, setPassword] = useState("");
  const wrongPassword = (problem: Problem): FormErrors | undefined =>
    problem.code === "invalid_credentials" || problem.code === "invalid_password" || problem.code === "wrong_password"
      ? { fields: { [id]: t("field.currentPassword.wrong") }, general: [] }
      : onProblem?.(problem);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit({
          validate: () => (password === "" ? { [id]: t("field.confirmPassword.missing") } : {}),
          action: async () => {
            await onConfirm(password);
            setPassword("");
          },
          fields: { password: id },
          onProblem: wrongPassword,
        });
      }}
    >
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      <TextField
        id={id}
        label={t("field.confirmPassword.label")}
        hint={t("field.confirmPassword.hint")}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={form.fieldError(id)}
        maxLength={ACCOUNT_LIMITS.passwordMax}
        width="20"
      />
      <SubmitButton busy={form.busy} variant={variant}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
