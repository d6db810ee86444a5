import type { ReactNode, SelectHTMLAttributes } from "react";
import { useFormContext } from "react-hook-form";
import { FieldFrame } from "./Field";
import type { FieldMessages } from "./fieldMessages";
import { emptyValue, useFormField } from "./useFormField";

export interface SelectOption {
  value: string;
  label: string;
  /** For options written in their own language (language names). */
  lang?: string;
}

export interface OptionGroup {
  label: string;
  options: SelectOption[];
}

type NativeSelect = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name" | "value" | "defaultValue" | "onChange" | "className" | "children">;

export interface SelectProps extends NativeSelect {
  name: string;
  label: string;
  hint?: ReactNode;
  messages?: FieldMessages;
  options: (SelectOption | OptionGroup)[];
  /** A first, empty choice ("Choose…", "Any", "None"). */
  placeholder?: string;
  /** What the empty choice becomes: "" (default), null (cleared) or "absent" (left out). */
  emptyAs?: "" | null | "absent";
  id?: string;
}

/** A native select bound to its <Form>'s field: keyboard, screen reader and mobile behaviour for free. */
export function Select({ name, label, hint, messages, options, placeholder, emptyAs = "", id: ownId, ...native }: SelectProps) {
  const { register } = useFormContext();
  const field = useFormField(name, { label, kind: "choice", messages, id: ownId });
  const option = (o: SelectOption) => (
    <option key={o.value} value={o.value} lang={o.lang}>
      {o.label}
    </option>
  );
  return (
    <FieldFrame id={field.id} label={label} hint={hint} error={field.message}>
      <select
        {...native}
        {...register(name, emptyAs === "" ? {} : { setValueAs: (value: unknown) => (value === "" || value === null || value === undefined ? emptyValue(emptyAs) : value) })}
        {...field.controlProps(hint)}
        className="select"
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((entry) =>
          "options" in entry ? (
            <optgroup key={entry.label} label={entry.label}>
              {entry.options.map(option)}
            </optgroup>
          ) : (
            option(entry)
          ),
        )}
      </select>
    </FieldFrame>
  );
}
