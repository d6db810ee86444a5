import type { ReactNode } from "react";
import { useController, useFormContext } from "react-hook-form";
import { FieldErrorText } from "./Field";
import type { FieldMessages } from "./fieldMessages";
import { useFormField } from "./useFormField";

/** One large checkbox for a true/false field, its label beside it and the hint below. */
export function Checkbox({ name, label, hint, messages }: { name: string; label: string; hint?: ReactNode; messages?: FieldMessages }) {
  const { register } = useFormContext();
  const field = useFormField(name, { label, kind: "checkbox", messages });
  return (
    <div className={`field checkbox${field.message ? " has-error" : ""}`}>
      <input {...register(name)} id={field.id} type="checkbox" className="checkbox-input" aria-describedby={field.describedBy(hint)} aria-invalid={field.message ? true : undefined} />
      <label className="checkbox-label" htmlFor={field.id}>
        {label}
      </label>
      {hint ? (
        <div className="field-hint checkbox-hint" id={`${field.id}-hint`}>
          {hint}
        </div>
      ) : null}
      {field.message ? <FieldErrorText id={`${field.id}-error`} message={field.message} className="checkbox-hint" /> : null}
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  /** Words for the summary and screen readers when the label is more than text. */
  text?: string;
}

export interface CheckboxGroupProps<T extends string> {
  name: string;
  legend: string;
  hint?: ReactNode;
  choices: Choice<T>[];
  messages?: FieldMessages;
  /** "small" legends for groups inside a section with its own heading. */
  size?: "small" | "medium";
  /** For a second group of the same field: keeps the ids apart. */
  idSuffix?: string;
  className?: string;
}

/**
 * A group of checkboxes for an array field (GOV.UK "checkboxes"): the legend names the group, the
 * error sits under the hint, the summary links to the first box. The order of the choices is kept,
 * whatever the order of clicks; values outside these choices are left alone, so two groups can
 * share one field (the tags of a document are one list on the server, two groups on the page).
 */
export function CheckboxGroup<T extends string>({ name, legend, hint, choices, messages, size = "medium", idSuffix, className }: CheckboxGroupProps<T>) {
  const { control } = useFormContext();
  const { field: controller } = useController({ name, control });
  const field = useFormField(name, { label: legend, kind: "choices", messages, idSuffix });
  const boxId = (index: number) => (index === 0 ? field.id : `${field.id}-${index}`);
  const selected: string[] = Array.isArray(controller.value) ? (controller.value as string[]) : [];
  const mine = new Set<string>(choices.map((choice) => choice.value));
  const toggle = (value: T, checked: boolean) => {
    const ours = choices.map((choice) => choice.value).filter((item) => (item === value ? checked : selected.includes(item)));
    controller.onChange([...selected.filter((item) => !mine.has(item)), ...ours]);
  };
  return (
    <fieldset className={["fieldset choice-group", field.message ? "field has-error" : "", className ?? ""].filter(Boolean).join(" ")} aria-describedby={field.describedBy(hint)}>
      <legend className={size === "small" ? "fieldset-legend-small" : "fieldset-legend-medium"}>{legend}</legend>
      {hint ? (
        <div className="field-hint" id={`${field.id}-hint`}>
          {hint}
        </div>
      ) : null}
      {field.message ? <FieldErrorText id={`${field.id}-error`} message={field.message} /> : null}
      <div className="choice-list">
        {choices.map((choice, index) => (
          <div className="checkbox choice" key={choice.value}>
            <input
              id={boxId(index)}
              ref={index === 0 ? controller.ref : undefined}
              type="checkbox"
              className="checkbox-input"
              checked={selected.includes(choice.value)}
              onChange={(event) => toggle(choice.value, event.target.checked)}
              onBlur={controller.onBlur}
            />
            <label className="checkbox-label" htmlFor={boxId(index)}>
              {choice.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
