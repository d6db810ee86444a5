import type { ReactNode } from "react";
import { describedBy } from "./Field";

export interface CheckboxFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
}

/** One large checkbox with its label beside it and the hint below. */
export function CheckboxField({ id, label, hint, checked, onChange }: CheckboxFieldProps) {
  return (
    <div className="field checkbox">
      <input
        id={id}
        type="checkbox"
        className="checkbox-input"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={describedBy(id, hint, undefined)}
      />
      <label className="checkbox-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="field-hint checkbox-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
