import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { useI18n } from "../../i18n/I18nProvider";
import { TextInput } from "./TextInput";

const PASSWORD_MESSAGES = { missing: "field.password.missing", tooShort: "field.password.tooShort", tooLong: "field.password.tooLong" } as const;
const REPEAT_MESSAGES = { missing: "field.passwordRepeat.missing", repeat_mismatch: "field.passwordRepeat.mismatch" } as const;

/**
 * Choose a password, then type it again (a form schema made with withPasswordRepeat); the hint
 * states the whole policy before anyone fails it.
 */
export function PasswordFields({ name = "password", variant = "first" }: { name?: string; variant?: "first" | "new" }) {
  const { t } = useI18n();
  const fresh = variant === "first";
  return (
    <>
      <TextInput
        name={name}
        label={fresh ? t("field.password.label") : t("field.newPassword.label")}
        hint={t("field.password.hint", { min: ACCOUNT_LIMITS.passwordMin })}
        type="password"
        autoComplete="new-password"
        messages={PASSWORD_MESSAGES}
        maxLength={ACCOUNT_LIMITS.passwordMax}
        width="20"
      />
      <TextInput
        name="repeat"
        label={fresh ? t("field.passwordRepeat.label") : t("field.newPasswordRepeat.label")}
        type="password"
        autoComplete="new-password"
        messages={REPEAT_MESSAGES}
        maxLength={ACCOUNT_LIMITS.passwordMax}
        width="20"
      />
    </>
  );
}
