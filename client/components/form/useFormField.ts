import { useLayoutEffect, useMemo, type ReactNode } from "react";
import { get, useFormContext, useFormState, type FieldError, type FieldErrors } from "react-hook-form";
import { useI18n, type Translate } from "../../i18n/I18nProvider";
import { describeIssue, type FieldKind, type FieldMessages, type FieldMeta } from "./fieldMessages";
import { fieldId, useFormMeta } from "./formContext";
import { readIssue } from "./issues";

/** What an empty control gives the schema: "" (text), null (cleared) or undefined ("absent": left out). */
export const emptyValue = (emptyAs: "" | null | "absent"): "" | null | undefined => (emptyAs === "absent" ? undefined : emptyAs);

/** Errors set from a server answer carry their (already translated) words in `message`. */
export const SERVER_ERROR = "server";

/** The error of a field, also when it sits on an element of an array field ("tags.2"). */
export function errorAt(errors: FieldErrors, name: string): FieldError | undefined {
  const found = (node: unknown): FieldError | undefined => {
    if (!node || typeof node !== "object") return undefined;
    const candidate = node as Partial<FieldError> & { root?: unknown };
    if (typeof candidate.message === "string") return candidate as FieldError;
    if (candidate.root) return found(candidate.root);
    for (const child of Object.values(node)) {
      const inner = found(child);
      if (inner) return inner;
    }
    return undefined;
  };
  return found(get(errors, name));
}

export function errorMessage(error: FieldError, meta: Pick<FieldMeta, "label" | "kind" | "messages">, value: unknown, t: Translate): string {
  if (error.type === SERVER_ERROR) return error.message ?? "";
  return describeIssue(readIssue(error, value), meta, t);
}

export interface FieldOptions {
  label: string;
  kind: FieldKind;
  messages?: FieldMessages;
  /** The control's id when the default (form prefix + name) will not do. */
  id?: string;
  /** Added to the default id, for two controls of one field (two groups of one list of tags). */
  idSuffix?: string;
}

/**
 * What a field component needs from its <Form>: the control's id, its message when it has one, and
 * aria-describedby for its hint and error. It also registers the field for the error summary.
 */
export function useFormField(name: string, { label, kind, messages, id: ownId, idSuffix }: FieldOptions) {
  const { idPrefix, registry } = useFormMeta();
  const { control, getValues } = useFormContext();
  const { errors } = useFormState({ control, name });
  const { t } = useI18n();
  const id = ownId ?? fieldId(idPrefix, idSuffix ? `${name}-${idSuffix}` : name);
  const meta = useMemo<FieldMeta>(() => ({ id, label, kind, messages }), [id, label, kind, JSON.stringify(messages ?? {})]);

  useLayoutEffect(() => registry.set(name, meta), [registry, name, meta]);
  useLayoutEffect(() => () => registry.delete(name, id), [registry, name, id]);

  const error = errorAt(errors, name);
  const message = error ? errorMessage(error, meta, getValues(name), t) : undefined;
  const describedBy = (hint: ReactNode) => [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return {
    id,
    message,
    /** aria-describedby for a control with this hint. */
    describedBy,
    /** id, aria-invalid and aria-describedby of the control. */
    controlProps: (hint: ReactNode) => ({ id, "aria-invalid": message ? true : undefined, "aria-describedby": describedBy(hint) }),
  };
}
