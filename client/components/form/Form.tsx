import { useId, useMemo, useState, type FormHTMLAttributes, type ReactNode } from "react";
import { FormProvider, type FieldValues, type UseFormReturn, type UseFormSetError } from "react-hook-form";
import type { Problem } from "../../../shared/types";
import { toApiError } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { ErrorSummary } from "./ErrorSummary";
import { FieldRegistry, FormMetaContext, type FormMeta } from "./formContext";
import { applyProblem, type ProblemOverride } from "./serverProblems";

export interface FormProps<TValues extends FieldValues, TSubmitted> extends Omit<FormHTMLAttributes<HTMLFormElement>, "onSubmit" | "noValidate" | "children"> {
  form: UseFormReturn<TValues, unknown, TSubmitted>;
  /** Receives the schema's output. A throw (an ApiError, or a socket refusal as one) shows on the form. */
  onSubmit(values: TSubmitted): Promise<unknown> | unknown;
  /** Prefix of the controls' ids; readable ones help when several forms share a page. */
  idPrefix?: string;
  /** Server paths whose field has another name here: { startsAt: "date" }. */
  serverFields?: Record<string, string>;
  /** Words for problems that belong to no field (meetings have their own codes). */
  describeProblem?: (problem: Problem) => string;
  /** The form's own reading of a problem, before the usual mapping. */
  onProblem?: (problem: Problem) => ProblemOverride | undefined;
  children: ReactNode;
}

/**
 * The one way to build a form: noValidate (the schema checks, not the browser), the error summary
 * at the top, focused after every failed submit, messages by each field, the submit button
 * disabled while the request runs, and the server's problem+json mapped onto the fields.
 */
export function Form<TValues extends FieldValues, TSubmitted>({ form, onSubmit, idPrefix, serverFields, describeProblem, onProblem, children, ...native }: FormProps<TValues, TSubmitted>) {
  const { t, language } = useI18n();
  const generatedId = useId().replace(/[^A-Za-z0-9]/g, "");
  const registry = useMemo(() => new FieldRegistry(), []);
  const meta = useMemo<FormMeta>(() => ({ idPrefix: idPrefix ?? `form${generatedId}`, registry }), [idPrefix, generatedId, registry]);
  const [failures, setFailures] = useState(0);

  const failed = () => setFailures((n) => n + 1);
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      applyProblem(toApiError(error).problem, { registry, setError: form.setError as UseFormSetError<FieldValues>, t, language, serverFields, describeProblem, onProblem });
      failed();
    }
  }, failed);

  return (
    <FormProvider {...form}>
      <FormMetaContext.Provider value={meta}>
        <form {...native} noValidate onSubmit={(event) => void submit(event)}>
          <ErrorSummary focusRequest={failures} />
          {children}
        </form>
      </FormMetaContext.Provider>
    </FormProvider>
  );
}
