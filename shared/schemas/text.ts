import { z } from "zod";

/**
 * Text fields, with one meaning for the limits in the OpenAPI document and in the server: `max`
 * counts the characters as sent (JSON Schema `maxLength`), a required field must contain a
 * character other than white space (`pattern: \S`), and surrounding white space is removed after
 * these checks, before the value is used. (zod runs the checks in order: limits, then the trim.)
 */
export const optionalText = (max: number) => z.string().max(max).trim();
export const requiredText = (max: number) => z.string().max(max).regex(/\S/, "must not be empty").trim();

/**
 * A "change only what is sent" body: at least one known field. The JSON Schema says so
 * (`minProperties: 1`, no other fields), so a generated `{}` is documented as refused.
 */
export function changes<T extends z.ZodRawShape>(shape: T) {
  return z
    .strictObject(shape)
    .refine((v) => Object.keys(v).length > 0, { message: "nothing to change" })
    .meta({ minProperties: 1 });
}
