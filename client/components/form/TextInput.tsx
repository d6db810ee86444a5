import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { useFormContext } from "react-hook-form";
import { FieldFrame } from "./Field";
import type { FieldMessages } from "./fieldMessages";
import { emptyValue, useFormField } from "./useFormField";

type NativeInput = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "value" | "defaultValue" | "onChange" | "className" | "children">;

interface CommonProps {
  /** The field's name in the form's schema ("title", "victimNote.text"). */
  name: string;
  label: string;
  hint?: ReactNode;
  messages?: FieldMessages;
  id?: string;
}

export interface TextInputProps extends CommonProps, NativeInput {
  /** Fixed widths tell people how long the answer is expected to be. */
  width?: "full" | "20" | "10" | "code";
  /** What an empty answer becomes: "" (default), null (cleared) or "absent" (left out), as the schema expects. */
  emptyAs?: "" | null | "absent";
}

/** A text, e-mail, password, search, date or time input bound to its <Form>'s field. */
export function TextInput({ name, label, hint, messages, id: ownId, width = "full", type = "text", emptyAs = "", ...native }: TextInputProps) {
  const { register } = useFormContext();
  const field = useFormField(name, { label, kind: "text", messages, id: ownId });
  return (
    <FieldFrame id={field.id} label={label} hint={hint} error={field.message}>
      <input
        {...native}
        {...register(name, emptyAs === "" ? {} : { setValueAs: (value: unknown) => (value === "" ? emptyValue(emptyAs) : value) })}
        {...field.controlProps(hint)}
        type={type}
        className={`input input-width-${width}`}
      />
    </FieldFrame>
  );
}

/**
 * A whole number, typed as text (GOV.UK: inputmode="numeric", not type="number", which hides
 * mistakes). The value is a number, or undefined when empty, so the schema's number rules apply.
 */
export function NumberInput({ name, label, hint, messages, id: ownId, width = "10", ...native }: Omit<TextInputProps, "type" | "emptyAs">) {
  const { register } = useFormContext();
  const field = useFormField(name, { label, kind: "text", messages, id: ownId });
  return (
    <FieldFrame id={field.id} label={label} hint={hint} error={field.message}>
      <input
        {...native}
        {...register(name, { setValueAs: (value: unknown) => (typeof value === "number" ? value : String(value ?? "").trim() === "" ? undefined : Number(String(value).trim())) })}
        {...field.controlProps(hint)}
        type="text"
        inputMode="numeric"
        spellCheck={false}
        className={`input input-width-${width}`}
      />
    </FieldFrame>
  );
}

type NativeTextArea = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "value" | "defaultValue" | "onChange" | "className" | "children">;

/** A multi-line text field in the GOV.UK order: label, hint, error, control. */
export function TextArea({ name, label, hint, messages, id: ownId, rows = 4, ...native }: CommonProps & NativeTextArea) {
  const { register } = useFormContext();
  const field = useFormField(name, { label, kind: "text", messages, id: ownId });
  return (
    <FieldFrame id={field.id} label={label} hint={hint} error={field.message}>
      <textarea
        {...native}
        {...register(name)}
        {...field.controlProps(hint)}
        rows={rows}
        className="input textarea"
      />
    </FieldFrame>
  );
}
