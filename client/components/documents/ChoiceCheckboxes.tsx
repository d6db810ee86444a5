import type { ReactNode } from "react";

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A group of checkboxes under a legend (GOV.UK "checkboxes"): countries, tags, members. */
export function ChoiceCheckboxes<T extends string>({
  idPrefix,
  legend,
  hint,
  choices,
  selected,
  onChange,
  small = false,
}: {
  idPrefix: string;
  legend: string;
  hint?: ReactNode;
  choices: Choice<T>[];
  selected: readonly T[];
  onChange(values: T[]): void;
  small?: boolean;
}) {
  const toggle = (value: T, checked: boolean) => {
    const next = checked ? [...selected, value] : selected.filter((item) => item !== value);
    // Keep the order of the choices, whatever the order of clicks.
    onChange(choices.map((choice) => choice.value).filter((item) => next.includes(item)));
  };
  return (
    <fieldset className="fieldset choice-group" aria-describedby={hint ? `${idPrefix}-hint` : undefined}>
      <legend className={small ? "fieldset-legend-small" : "fieldset-legend-medium"}>{legend}</legend>
      {hint ? (
        <div className="field-hint" id={`${idPrefix}-hint`}>
          {hint}
        </div>
      ) : null}
      <div className="choice-list">
        {choices.map((choice) => {
          const id = `${idPrefix}-${choice.value}`;
          return (
            <div className="checkbox choice" key={choice.value}>
              <input
                id={id}
                type="checkbox"
                className="checkbox-input"
                checked={selected.includes(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
              />
              <label className="checkbox-label" htmlFor={id}>
                {choice.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
