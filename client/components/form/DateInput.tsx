import { useEffect, useRef, useState, type ReactNode } from "react";
import { useController, useFormContext } from "react-hook-form";
import { LOCALES, useI18n } from "../../i18n/I18nProvider";
import { datePartOrder, isBlank, joinIsoDate, splitIsoDate, type DatePart, type DateParts } from "./dateParts";
import { FieldErrorText } from "./Field";
import type { FieldMessages } from "./fieldMessages";
import { emptyValue, useFormField } from "./useFormField";

export interface DateInputProps {
  /** The field's name in the form's schema; its value is an ISO date ("2026-12-03"). */
  name: string;
  label: string;
  hint?: ReactNode;
  messages?: FieldMessages;
  /** What three empty boxes become: "" (default), null (cleared) or "absent" (left out), as the schema expects. */
  emptyAs?: "" | null | "absent";
}

const WIDTH: Record<DatePart, string> = { day: "input-width-2", month: "input-width-2", year: "input-width-4" };

/**
 * A date as three boxes, day, month and year, in the order of the interface language (GOV.UK's
 * "date input"), not the browser's own date control, whose format and calendar follow the
 * browser's locale (an English browser shows mm/dd/yyyy to a Dutch user) and which screen readers
 * and phones handle unevenly. Plain numeric text boxes work with the keyboard alone, at any width.
 * The field's value stays an ISO date, so the shared schema decides what is a real date.
 */
export function DateInput({ name, label, hint, messages, emptyAs = "" }: DateInputProps) {
  const { control } = useFormContext();
  const { field: controller } = useController({ name, control });
  const field = useFormField(name, { label, kind: "text", messages });
  const { t, language } = useI18n();
  const order = datePartOrder(LOCALES[language]);

  const [parts, setParts] = useState<DateParts>(() => splitIsoDate(controller.value));
  // What these boxes last gave the form: a different value came from outside (a reset) and is shown.
  const given = useRef<unknown>(controller.value);
  useEffect(() => {
    if (controller.value !== given.current) {
      given.current = controller.value;
      setParts(splitIsoDate(controller.value));
    }
  }, [controller.value]);

  const change = (part: DatePart, typed: string) => {
    const next = { ...parts, [part]: typed };
    setParts(next);
    const value = isBlank(next) ? emptyValue(emptyAs) : joinIsoDate(next);
    given.current = value;
    controller.onChange(value);
  };

  const partId = (part: DatePart, index: number) => (index === 0 ? field.id : `${field.id}-${part}`);
  return (
    <fieldset className={["fieldset date-input field", field.message ? "has-error" : ""].filter(Boolean).join(" ")} aria-describedby={field.describedBy(hint)}>
      <legend className="field-label">{label}</legend>
      {hint ? (
        <div className="field-hint" id={`${field.id}-hint`}>
          {hint}
        </div>
      ) : null}
      {field.message ? <FieldErrorText id={`${field.id}-error`} message={field.message} /> : null}
      <div className="date-input-parts">
        {order.map((part, index) => (
          <div className="date-input-part" key={part}>
            <label className="date-input-label" htmlFor={partId(part, index)}>
              {t(`formDate.${part}`)}
            </label>
            <input
              id={partId(part, index)}
              ref={index === 0 ? controller.ref : undefined}
              className={`input ${WIDTH[part]}`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              maxLength={part === "year" ? 4 : 2}
              value={parts[part]}
              aria-invalid={field.message ? true : undefined}
              onChange={(event) => change(part, event.target.value)}
              onBlur={controller.onBlur}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
