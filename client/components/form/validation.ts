import type { z } from "zod";
import type { MessageKey } from "../../i18n/en";
import type { Translate } from "../../i18n/I18nProvider";
import type { FieldErrors } from "./useForm";

/** How one field's zod issues read to a person. {min} and {max} come from the schema. */
export interface FieldRule {
  /** Path in the schema's input, dotted: "organisation.name". */
  path: string;
  /** The input's id on the page (the error summary links to it). */
  id: string;
  missing: MessageKey;
  tooShort?: MessageKey;
  tooLong?: MessageKey;
  invalid?: MessageKey;
}

/**
 * Runs a shared zod schema on the form's values and returns translated messages per field, in the
 * order of `rules` (the order of the form), one message per field.
 */
export function schemaErrors<T>(schema: z.ZodType<T>, values: unknown, rules: FieldRule[], t: Translate): FieldErrors {
  const result = schema.safeParse(values);
  const errors: FieldErrors = {};
  if (result.success) return errors;
  for (const rule of rules) {
    const issue = result.error.issues.find((candidate) => candidate.path.map(String).join(".") === rule.path);
    if (issue) errors[rule.id] = describe(issue, rule, valueAt(values, rule.path), t);
  }
  return errors;
}

function describe(issue: z.core.$ZodIssue, rule: FieldRule, value: unknown, t: Translate): string {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return t(rule.missing);
  switch (issue.code) {
    case "too_small":
      return t(rule.tooShort ?? rule.missing, { min: Number(issue.minimum) });
    case "too_big":
      return t(rule.tooLong ?? rule.invalid ?? rule.missing, { max: Number(issue.maximum) });
    case "invalid_value":
    case "invalid_type":
      return t(rule.missing);
    default:
      return t(rule.invalid ?? rule.missing);
  }
}

function valueAt(values: unknown, path: string): unknown {
  let current = values;
  for (const part of path.split(".")) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Adds the "repeat password" check after the schema's checks. */
export function repeatError(password: string, repeat: string, id: string, t: Translate): FieldErrors {
  if (repeat === "") return { [id]: t("field.passwordRepeat.missing") };
  if (repeat !== password) return { [id]: t("field.passwordRepeat.mismatch") };
  return {};
}

/* Rules for the fields several forms share. */
export const nameRule = (id: string): FieldRule => ({ path: "name", id, missing: "field.name.missing", tooLong: "field.name.tooLong" });

export const emailRule = (id: string): FieldRule => ({
  path: "email",
  id,
  missing: "field.email.missing",
  tooLong: "field.email.tooLong",
  invalid: "field.email.invalid",
});

export const newPasswordRule = (id: string, path = "password"): FieldRule => ({
  path,
  id,
  missing: "field.password.missing",
  tooShort: "field.password.tooShort",
  tooLong: "field.password.tooLong",
});
