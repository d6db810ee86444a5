import type { FieldValues, UseFormSetError } from "react-hook-form";
import type { Language } from "../../../shared/languages";
import type { Problem } from "../../../shared/types";
import type { Translate } from "../../i18n/I18nProvider";
import { passwordRuleMessage, problemMessage } from "../problems";
import type { FieldRegistry } from "./formContext";
import { SERVER_ERROR } from "./useFormField";

/** A form's own reading of a problem: a message on one field, or one for the whole form. */
export type ProblemOverride = { field: string; message: string } | { message: string };

export interface ProblemMapping {
  registry: FieldRegistry;
  setError: UseFormSetError<FieldValues>;
  t: Translate;
  language: Language;
  /** Server paths (without "body.") whose field has another name here: { startsAt: "date" }. */
  serverFields?: Record<string, string>;
  /** Words for a problem that belongs to no field (defaults to the shared problem messages). */
  describeProblem?: (problem: Problem) => string;
  /** A form's own handling first (a wrong current password is about that field). */
  onProblem?: (problem: Problem) => ProblemOverride | undefined;
}

/** Problems whose issues name the fields that were refused. */
const FIELD_PROBLEMS = new Set(["validation_failed", "weak_password", "victim_note_required"]);

/**
 * Puts a problem+json answer on the form: each issue's path (`body.organisation.name`) on the field
 * of that name, or of the nearest registered name above or below it; the rest in the summary.
 */
export function applyProblem(problem: Problem, mapping: ProblemMapping): void {
  const { registry, setError, t, language } = mapping;
  const describe = mapping.describeProblem ?? ((p: Problem) => problemMessage(p, t, language));
  const own = mapping.onProblem?.(problem);
  if (own) {
    if ("field" in own) setError(own.field, { type: SERVER_ERROR, message: own.message });
    else setError("root.server", { type: SERVER_ERROR, message: own.message });
    return;
  }
  const messages = new Map<string, string[]>();
  if (FIELD_PROBLEMS.has(problem.code)) {
    for (const issue of problem.issues ?? []) {
      const name = fieldFor(issue.path.replace(/^(body|query|params)\./, ""), registry, mapping.serverFields);
      if (!name) continue;
      const label = registry.get(name)?.label ?? "";
      const message =
        problem.code === "weak_password" ? passwordRuleMessage(issue.message, t) : problem.code === "validation_failed" ? t("formError.notAccepted", { label }) : describe(problem);
      const list = messages.get(name) ?? [];
      if (!list.includes(message)) list.push(message);
      messages.set(name, list);
    }
  }
  for (const [name, list] of messages) setError(name, { type: SERVER_ERROR, message: list.join(" ") });
  if (messages.size === 0) setError("root.server", { type: SERVER_ERROR, message: describe(problem) });
}

function fieldFor(path: string, registry: FieldRegistry, aliases: Record<string, string> = {}): string | undefined {
  if (aliases[path]) return aliases[path];
  const names = registry.names();
  if (names.includes(path)) return path;
  // "votesByCountry.0.for" → "votesByCountry"; "victimNote" → "victimNote.text".
  const above = names.filter((name) => path.startsWith(`${name}.`)).sort((a, b) => b.length - a.length)[0];
  return above ?? names.find((name) => name.startsWith(`${path}.`));
}
