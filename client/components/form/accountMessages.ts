import type { FieldMessages } from "./fieldMessages";

/** The specific words of the fields several account forms share. */
export const EMAIL_MESSAGES: FieldMessages = { missing: "field.email.missing", tooLong: "field.email.tooLong", invalid: "field.email.invalid" };
export const NAME_MESSAGES: FieldMessages = { missing: "field.name.missing", tooLong: "field.name.tooLong" };
