import { z } from "zod";
import { brusselsToday } from "../brusselsTime";
import {
  acceptInvitationSchema,
  auditQuerySchema,
  changePasswordSchema,
  createInvitationSchema,
  emailSchema,
  firstAccountSchema,
  languageSchema,
  objectIdSchema,
  organisationInputSchema,
  resetPasswordSchema,
  roleSchema,
  signInSchema,
} from "./accounts";

/**
 * What some account and administration forms hold before it becomes an API input. Built only from
 * the API schemas' fields, and each one's output is what the API schema takes, so a form cannot
 * let through what the server refuses. Forms whose answers are the API input use the API schema.
 */

/** Sign-in, and whether this device keeps offline copies of documents (a local choice, not sent). */
export const signInFormSchema = signInSchema.extend({ keepOfflineCopies: z.boolean() });

/**
 * Adds "type the password again" (`repeat`) to a form that chooses a password: refused with rule
 * "repeat_mismatch" when the two differ; `repeat` is not in the output.
 */
export function withPasswordRepeat<S extends z.ZodObject>(schema: S, passwordKey = "password") {
  return schema
    .extend({ repeat: z.string().min(1) })
    .superRefine((value, ctx) => {
      const { repeat } = value as { repeat?: unknown };
      const password = (value as Record<string, unknown>)[passwordKey];
      if (typeof repeat === "string" && repeat !== "" && repeat !== password) {
        ctx.addIssue({ code: "custom", path: ["repeat"], input: repeat, params: { rule: "repeat_mismatch" } });
      }
    })
    .transform(({ repeat: _repeat, ...rest }) => rest as z.output<S>);
}

export const setupFormSchema = withPasswordRepeat(firstAccountSchema);
export const acceptInvitationFormSchema = withPasswordRepeat(acceptInvitationSchema);
export const resetPasswordFormSchema = withPasswordRepeat(resetPasswordSchema);
export const changePasswordFormSchema = withPasswordRepeat(changePasswordSchema, "newPassword");

/** An observer's last day: a real date, today or later in Brussels (rule "not_past"). */
const lastDaySchema = z.iso.date().refine((date) => date >= brusselsToday(), { params: { rule: "not_past" } });

/** The organisation choice of the invitation form that opens the fields of a new organisation. */
export const NEW_ORGANISATION = "new";

/**
 * Inviting someone: their name (optional) and language; an organisation from the list or a new
 * one typed in place; the last day of access only counts for observers, and is dropped for others.
 */
export const invitationFormSchema = z
  .object({
    email: emailSchema,
    name: createInvitationSchema.shape.name,
    language: languageSchema,
    role: roleSchema,
    organisationId: z.union([objectIdSchema, z.literal(NEW_ORGANISATION)]).optional(),
    organisation: organisationInputSchema.optional(),
    accessUntil: lastDaySchema.optional(),
    sendEmail: z.boolean().optional(),
  })
  .transform(({ accessUntil, organisationId, organisation, ...rest }): z.input<typeof createInvitationSchema> => ({
    ...rest,
    ...(rest.role === "observer" && accessUntil ? { accessUntil } : {}),
    ...(organisationId === NEW_ORGANISATION ? { organisation } : organisationId ? { organisationId } : {}),
  }))
  .pipe(createInvitationSchema);

/** The audit log's filters; the end of the range cannot come before its start (rule "range"). */
export const auditFiltersFormSchema = auditQuerySchema
  .pick({ action: true, result: true, from: true, to: true })
  .refine((value) => !value.from || !value.to || value.from <= value.to, { path: ["to"], params: { rule: "range" } });
