import type { ReactNode, SelectHTMLAttributes } from "react";
import { describedBy, FieldFrame } from "./Field";

export interface SelectOption {
  value: string;
  label: string;
  /** For options written in their own language (language names). */
  lang?: string;
}

type NativeProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "value" | "onChange" | "className" | "children">;

export interface SelectFieldProps extends NativeProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange(value: string): void;
  options: SelectOption[];
  /** A first, empty choice ("Choose…", "None"). */
  placeholder?: string;
}

/** A native select: keyboard, screen reader and mobile behaviour for free. */
export function SelectField({ id, label, hint, error, value, onChange, options, placeholder, ...native }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        {...native}
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
