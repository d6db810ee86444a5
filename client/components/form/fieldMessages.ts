import type { MessageKey } from "../../i18n/en";
import type { Translate } from "../../i18n/I18nProvider";
import type { Issue, IssueKind } from "./issues";

/** How a field takes its answer: the generic "missing" message depends on it ("enter" or "choose"). */
export type FieldKind = "text" | "choice" | "choices" | "checkbox";

/** A message key, or a key with values of its own ("between {min} and {max}" for a number field). */
export type FieldMessage = MessageKey | readonly [MessageKey, Record<string, string | number>];

/**
 * Better words for one field, GOV.UK style ("Enter your full name"), by issue kind or by the name of
 * a refinement's rule. `invalid` also covers every kind without its own entry except "missing".
 * {label}, {min} and {max} are filled in from the issue.
 */
export type FieldMessages = Partial<Record<IssueKind | (string & {}), FieldMessage>>;

export interface FieldMeta {
  /** The control's id: the error summary links to it. */
  id: string;
  label: string;
  kind: FieldKind;
  messages?: FieldMessages;
}

const FORMATS: Record<string, MessageKey> = {
  email: "formError.format.email",
  date: "formError.format.date",
  time: "formError.format.time",
  datetime: "formError.format.date",
  url: "formError.format.url",
};

const MISSING: Record<FieldKind, MessageKey> = {
  text: "formError.missing",
  choice: "formError.missingChoice",
  choices: "formError.missingChoices",
  checkbox: "formError.missingChoice",
};

function generic(issue: Issue, kind: FieldKind): MessageKey {
  switch (issue.kind) {
    case "missing":
      return MISSING[kind];
    case "format":
      return FORMATS[issue.format ?? ""] ?? "formError.invalid";
    case "rule":
      return "formError.invalid";
    case "tooShort":
    case "tooLong":
    case "tooSmall":
    case "tooBig":
    case "tooFew":
    case "tooMany":
    case "notNumber":
    case "notWhole":
      return `formError.${issue.kind}`;
    default:
      return "formError.invalid";
  }
}

/** The message for one issue of one field, in the user's language. */
export function describeIssue(issue: Issue, meta: Pick<FieldMeta, "label" | "kind" | "messages">, t: Translate): string {
  const own = meta.messages ?? {};
  const chosen = (issue.rule ? own[issue.rule] : undefined) ?? own[issue.kind] ?? (issue.kind !== "missing" ? own.invalid : undefined) ?? generic(issue, meta.kind);
  const [key, values] = typeof chosen === "string" ? [chosen, {}] : chosen;
  return t(key, { label: meta.label, ...(issue.min === undefined ? {} : { min: issue.min }), ...(issue.max === undefined ? {} : { max: issue.max }), ...values });
}
