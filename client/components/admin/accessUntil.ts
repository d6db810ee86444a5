import type { FieldMessages } from "../form/fieldMessages";

/** An observer's last day of access: a real date (and, for a new invitation, not in the past). */
export const ACCESS_UNTIL_MESSAGES: FieldMessages = { invalid: "field.accessUntil.invalid", not_past: "field.accessUntil.past" };
