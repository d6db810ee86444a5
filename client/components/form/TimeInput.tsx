import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { useI18n } from "../../i18n/I18nProvider";
import { normaliseTime } from "./dateParts";
import { FieldFrame } from "./Field";
import type { FieldMessages } from "./fieldMessages";
import { useFormField } from "./useFormField";

export interface TimeInputProps {
  /** The field's name in the form's schema; its value is "HH:MM" on the 24-hour clock. */
  name: string;
  label: string;
  hint?: ReactNode;
  messages?: FieldMessages;
}

/**
 * A time on the 24-hour clock, as a text box rather than the browser's time control, which shows
 * AM/PM to anyone whose browser is set to American English. It reads the ways people write a
 * time in Dutch, French and English (9.30, 9u30, 9h30, 930) and gives the schema "09:30".
 */
export function TimeInput({ name, label, hint, messages }: TimeInputProps) {
  const { register } = useFormContext();
  const { t } = useI18n();
  const field = useFormField(name, { label, kind: "text", messages });
  const shownHint = (
    <>
      {hint ? <>{hint} </> : null}
      {t("formDate.timeHint")}
    </>
  );
  return (
    <FieldFrame id={field.id} label={label} hint={shownHint} error={field.message}>
      <input
        {...register(name, { setValueAs: (value: unknown) => (typeof value === "string" ? normaliseTime(value) : value) })}
        {...field.controlProps(shownHint)}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        maxLength={10}
        className="input input-width-5"
      />
    </FieldFrame>
  );
}
