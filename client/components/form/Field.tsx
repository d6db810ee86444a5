import type { ReactNode } from "react";
import { useI18n } from "../../i18n/I18nProvider";

export interface FieldFrameProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  /** For fields inside a fieldset whose legend already names the group. */
  className?: string;
}

/** ids of the hint and error, for aria-describedby. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** Label, hint and error around one control, GOV.UK order: label, hint, error, control. */
export function FieldFrame({ id, label, hint, error, children, className }: FieldFrameProps) {
  return (
    <div className={["field", error ? "has-error" : "", className ?? ""].filter(Boolean).join(" ")}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? <FieldErrorText id={`${id}-error`} message={error} /> : null}
      {children}
    </div>
  );
}

/** The red message under a label: "Error:" is read out first, as GOV.UK does. */
export function FieldErrorText({ id, message, className }: { id: string; message: string; className?: string }) {
  const { t } = useI18n();
  return (
    <p className={["field-error", className ?? ""].filter(Boolean).join(" ")} id={id}>
      <span className="visually-hidden">{t("form.errorPrefix")} </span>
      {message}
    </p>
  );
}
