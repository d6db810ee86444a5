import type { z } from "zod";

/**
 * What went wrong with one answer, as data: the zod issue reduced to what a message needs. The
 * words are chosen later, where the field's label and language are known (fieldMessages.ts).
 */
export type IssueKind =
  | "missing"
  | "tooShort"
  | "tooLong"
  | "tooSmall"
  | "tooBig"
  | "tooFew"
  | "tooMany"
  | "notNumber"
  | "notWhole"
  | "format"
  | "rule"
  | "invalid";

export interface Issue {
  kind: IssueKind;
  min?: number;
  max?: number;
  /** For "format": email, date, time, datetime, url, regex… */
  format?: string;
  /** For "rule": the name a refinement gives in `params.rule` (e.g. "repeat_mismatch"). */
  rule?: string;
}

/*
 * react-hook-form keeps a message string per field, not the issue. The error map below puts the
 * issue into that string as a marked JSON token, and readIssue() takes it out again. A message
 * written into a shared schema (`.regex(…, "must be an id")`) wins over any error map in zod 4, so
 * those arrive as plain English; readIssue() then falls back to the issue code and the value.
 */
const MARK = "\u2063issue:";

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);
}

function bound(value: unknown): number | undefined {
  return typeof value === "number" || typeof value === "bigint" ? Number(value) : undefined;
}

/** One zod issue → an Issue (exported for tests). An empty answer is "missing", keeping any bound ("at least 20 characters"). */
export function classifyIssue(issue: z.core.$ZodRawIssue): Issue {
  const found = classify(issue);
  if (isEmpty(issue.input) && issue.code !== "too_big" && found.kind !== "rule") return { ...found, kind: "missing" };
  return found;
}

function classify(issue: z.core.$ZodRawIssue): Issue {
  const input = issue.input;
  switch (issue.code) {
    case "too_small": {
      const min = bound(issue.minimum);
      if (issue.origin === "string") return { kind: "tooShort", min };
      if (issue.origin === "array" || issue.origin === "set") return { kind: "tooFew", min };
      return { kind: "tooSmall", min };
    }
    case "too_big": {
      const max = bound(issue.maximum);
      if (issue.origin === "string") return { kind: "tooLong", max };
      if (issue.origin === "array" || issue.origin === "set") return { kind: "tooMany", max };
      return { kind: "tooBig", max };
    }
    case "invalid_type":
      if (issue.expected === "int" && typeof input === "number" && Number.isFinite(input)) return { kind: "notWhole" };
      if (issue.expected === "number" || issue.expected === "int") return { kind: "notNumber" };
      return { kind: "invalid" };
    case "invalid_format":
      return { kind: "format", format: issue.format };
    case "custom": {
      const rule = (issue.params as { rule?: unknown } | undefined)?.rule;
      return typeof rule === "string" ? { kind: "rule", rule } : { kind: "invalid" };
    }
    default:
      return { kind: "invalid" };
  }
}

/** The error map given to zodResolver: every issue without a schema-written message becomes a token. */
export const issueErrorMap = (issue: z.core.$ZodRawIssue): string => MARK + JSON.stringify(classifyIssue(issue));

/**
 * The Issue behind a react-hook-form field error. `value` is the field's current value, for issues
 * whose message was written into the schema (the token is missing then).
 */
export function readIssue(error: { type?: string; message?: string }, value: unknown): Issue {
  const message = error.message ?? "";
  if (message.startsWith(MARK)) {
    try {
      return JSON.parse(message.slice(MARK.length)) as Issue;
    } catch {
      // fall through to the code
    }
  }
  if (isEmpty(value)) return { kind: "missing" };
  if (error.type === "invalid_format") return { kind: "format", format: "regex" };
  return { kind: "invalid" };
}
