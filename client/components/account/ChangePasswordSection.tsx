import { useState } from "react";
import { changePasswordSchema } from "../../../shared/schemas/accounts";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { changePassword } from "../../api/account";
import { useI18n } from "../../i18n/I18nProvider";
import { ErrorSummary } from "../form/ErrorSummary";
import { PasswordFields, passwordId, repeatId } from "../form/PasswordFields";
import { SubmitButton } from "../form/SubmitButton";
import { TextField } from "../form/TextField";
import { useForm } from "../form/useForm";
import { newPasswordRule, repeatError, schemaErrors } from "../form/validation";
import { Notice } from "../Notice";

const P = "change";
const CURRENT = "change-current-password";

export function ChangePasswordSection() {
  const { t } = useI18n();
  const form = useForm();
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [saved, setSaved] = useState(false);

  const submit = () => {
    setSaved(false);
    return form.submit({
      validate: () => ({
        ...schemaErrors(
          changePasswordSchema,
          { currentPassword: current, newPassword: password },
          [{ path: "currentPassword", id: CURRENT, missing: "field.currentPassword.missing" }, newPasswordRule(passwordId(P), "newPassword")],
          t,
        ),
        ...repeatError(password, repeat, repeatId(P), t),
      }),
      action: async () => {
        await changePassword(current, password);
        setCurrent("");
        setPassword("");
        setRepeat("");
        setSaved(true);
      },
      fields: { currentPassword: CURRENT, newPassword: passwordId(P) },
      onProblem: (problem) =>
        problem.code === "invalid_credentials" || problem.code === "invalid_password" || problem.code === "wrong_password"
          ? { fields: { [CURRENT]: t("field.currentPassword.wrong") }, general: [] }
          : undefined,
    });
  };

  return (
    <section className="section">
      <h2 id="change-password-title">{t("account.passwordTitle")}</h2>
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      {saved && <Notice kind="success">{t("account.passwordChanged")}</Notice>}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          id={CURRENT}
          label={t("field.currentPassword.label")}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          error={form.fieldError(CURRENT)}
          maxLength={ACCOUNT_LIMITS.passwordMax}
          width="20"
        />
        <PasswordFields idPrefix={P} variant="new" password={password} repeat={repeat} onPassword={setPassword} onRepeat={setRepeat} errors={form.errors.fields} />
        <SubmitButton busy={form.busy} variant="secondary">
          {t("account.changePassword")}
        </SubmitButton>
      </form>
    </section>
  );
}
