import { useCallback, useEffect, useRef, useState } from "react";
import type { Problem } from "../../../shared/types";
import { toApiError } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { passwordRuleMessage, problemMessage } from "../problems";

/** Field id → message, in the order the fields appear on the page. */
export type FieldErrors = Record<string, string>;

export interface FormErrors {
  fields: FieldErrors;
  /** Messages that belong to no single field (wrong credentials, server unreachable). */
  general: string[];
}

const NO_ERRORS: FormErrors = { fields: {}, general: [] };

export interface SubmitOptions {
  /** Client-side checks; any error stops the submit. */
  validate?: () => FieldErrors;
  action: () => Promise<void>;
  /** Server issue paths without "body." ("password", "organisation.name") → field ids on this form. */
  fields?: Record<string, string>;
  /** Handles a problem itself (returns the errors to show), or returns undefined for the usual mapping. */
  onProblem?: (problem: Problem) => FormErrors | undefined;
}

/**
 * One form's submit cycle, GOV.UK style: validate, send, and on failure show an error summary
 * (focused, so screen readers announce it) and a message by each field. The button is disabled
 * while the request runs.
 */
export function useForm() {
  const { t, language } = useI18n();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [round, setRound] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (round > 0) summaryRef.current?.focus();
  }, [round]);

  const fail = useCallback((next: FormErrors) => {
    setErrors(next);
    setRound((n) => n + 1);
  }, []);

  const fromProblem = useCallback(
    (problem: Problem, fields: Record<string, string>): FormErrors => {
      const result: FormErrors = { fields: {}, general: [] };
      const issues = problem.issues ?? [];
      if (problem.code === "weak_password" || problem.code === "validation_failed") {
        for (const issue of issues) {
          const id = fields[issue.path.replace(/^body\./, "")];
          const message = problem.code === "weak_password" ? passwordRuleMessage(issue.message, t) : t("form.notAccepted");
          if (id) result.fields[id] = result.fields[id] && result.fields[id] !== message ? `${result.fields[id]} ${message}` : message;
        }
      }
      if (Object.keys(result.fields).length === 0) result.general.push(problemMessage(problem, t, language));
      return result;
    },
    [t, language],
  );

  const submit = useCallback(
    async ({ validate, action, fields = {}, onProblem }: SubmitOptions): Promise<boolean> => {
      const invalid = validate?.() ?? {};
      if (Object.keys(invalid).length > 0) {
        fail({ fields: invalid, general: [] });
        return false;
      }
      setBusy(true);
      try {
        await action();
        setErrors(NO_ERRORS);
        return true;
      } catch (error) {
        const problem = toApiError(error).problem;
        fail(onProblem?.(problem) ?? fromProblem(problem, fields));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [fail, fromProblem],
  );

  const reset = useCallback(() => setErrors(NO_ERRORS), []);

  return { errors, busy, submit, summaryRef, reset, fieldError: (id: string) => errors.fields[id] };
}

export type Form = ReturnType<typeof useForm>;
