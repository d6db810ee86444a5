import type { InputHTMLAttributes, ReactNode } from "react";
import { describedBy, FieldFrame } from "./Field";

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange" | "className" | "children">;

export interface TextFieldProps extends NativeProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange(value: string): void;
  /** Fixed widths tell people how long the answer is expected to be. */
  width?: "full" | "20" | "10" | "code";
}

/**
 * A controlled input that is not one of a form's answers, such as a filter that narrows a list
 * (the members picker). Form fields are <TextInput> and its siblings, bound to their <Form>.
 */
export function TextField({ id, label, hint, error, value, onChange, width = "full", type = "text", ...native }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        {...native}
        id={id}
        type={type}
        className={`input input-width-${width}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldFrame>
  );
}
