import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { useI18n } from "../../i18n/I18nProvider";
import { TextField } from "./TextField";

export interface PasswordFieldsProps {
  /** Prefix for the two ids: `${idPrefix}-password` and `${idPrefix}-repeat`. */
  idPrefix: string;
  password: string;
  repeat: string;
  onPassword(value: string): void;
  onRepeat(value: string): void;
  errors: Record<string, string>;
  /** "new": labels say "New password" (changing a password you already have). */
  variant?: "first" | "new";
}

export const passwordId = (prefix: string) => `${prefix}-password`;
export const repeatId = (prefix: string) => `${prefix}-repeat`;

/** Choose a password, then type it again; the hint states the whole policy before anyone fails it. */
export function PasswordFields({ idPrefix, password, repeat, onPassword, onRepeat, errors, variant = "first" }: PasswordFieldsProps) {
  const { t } = useI18n();
  const fresh = variant === "first";
  return (
    <>
      <TextField
        id={passwordId(idPrefix)}
        label={fresh ? t("field.password.label") : t("field.newPassword.label")}
        hint={t("field.password.hint", { min: ACCOUNT_LIMITS.passwordMin })}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={onPassword}
        error={errors[passwordId(idPrefix)]}
        maxLength={ACCOUNT_LIMITS.passwordMax}
        width="20"
      />
      <TextField
        id={repeatId(idPrefix)}
        label={fresh ? t("field.passwordRepeat.label") : t("field.newPasswordRepeat.label")}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={onRepeat}
        error={errors[repeatId(idPrefix)]}
        maxLength={ACCOUNT_LIMITS.passwordMax}
        width="20"
      />
    </>
  );
}
