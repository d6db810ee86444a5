import { z } from "zod";
import { COUNTRIES, DISCIPLINES, ROLES } from "../domain";
import { LANGUAGES } from "../languages";
import { ACCOUNT_LIMITS } from "../validations";

/** Input schemas for accounts, sign-in and administration; the server validates with these, the client builds forms from them. */

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(ACCOUNT_LIMITS.emailMax)
  .pipe(z.email());
export const nameSchema = z.string().trim().min(1).max(ACCOUNT_LIMITS.nameMax);
/** Length only: the rest of the password policy needs the user's name and e-mail and runs on the server. */
export const newPasswordSchema = z.string().min(ACCOUNT_LIMITS.passwordMin).max(ACCOUNT_LIMITS.passwordMax);
export const languageSchema = z.enum(LANGUAGES);
export const roleSchema = z.enum(ROLES);
export const countrySchema = z.enum(COUNTRIES);
export const disciplineSchema = z.enum(DISCIPLINES);
export const objectIdSchema = z.string().regex(/^[0-9a-f]{24}$/, "must be an id");
/** Tokens in links: 43 base64url characters (32 random bytes). */
export const linkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "must be a link token");
/** A 6-digit TOTP code, or a recovery code (xxxxx-xxxxx). */
export const secondFactorCodeSchema = z
  .string()
  .trim()
  .regex(/^(\d{6}|[a-z0-9]{5}-[a-z0-9]{5})$/i, "must be a 6-digit code or a recovery code");

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(ACCOUNT_LIMITS.emailMax),
  password: z.string().min(1).max(ACCOUNT_LIMITS.passwordMax),
});

export const secondFactorSchema = z.object({ code: secondFactorCodeSchema });

export const organisationInputSchema = z.object({
  name: z.string().trim().min(1).max(ACCOUNT_LIMITS.organisationMax),
  discipline: disciplineSchema,
  country: countrySchema,
});

/** Creating the first secretariat account from the first-start link. */
export const firstAccountSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  language: languageSchema,
  organisation: organisationInputSchema,
});

export const acceptInvitationSchema = z.object({
  name: nameSchema,
  password: newPasswordSchema,
  language: languageSchema,
});

export const createInvitationSchema = z
  .object({
    email: emailSchema,
    role: roleSchema,
    organisationId: objectIdSchema.optional(),
    /** Observers only: the last day they have access (ISO date). */
    accessUntil: z.iso.date().optional(),
  })
  .refine((v) => v.role === "observer" || v.accessUntil === undefined, {
    message: "only observers' access can end on a date",
    path: ["accessUntil"],
  });

/** A person's access, every field given (the secretariat's form); the API takes what changed. */
export const userAccessSchema = z.object({
  role: roleSchema,
  active: z.boolean(),
  organisationId: objectIdSchema.nullable(),
  /** Observers only; null (or absent) for no end date. */
  accessUntil: z.iso.date().nullish(),
});

export const updateUserSchema = userAccessSchema.partial().refine((v) => Object.keys(v).length > 0, { message: "nothing to change" });

export const updateAccountSchema = z
  .object({ name: nameSchema.optional(), language: languageSchema.optional() })
  .refine((v) => Object.keys(v).length > 0, { message: "nothing to change" });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(ACCOUNT_LIMITS.passwordMax),
  newPassword: newPasswordSchema,
});

export const resetPasswordSchema = z.object({ password: newPasswordSchema });

export const confirmTotpSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, "must be 6 digits") });

export const passwordConfirmationSchema = z.object({ password: z.string().min(1).max(ACCOUNT_LIMITS.passwordMax) });

export const settingsSchema = z.object({ require2faForAll: z.boolean() });

export const AUDIT_RESULTS = ["success", "failure", "denied"] as const;

export const auditQuerySchema = z.object({
  action: z.string().regex(/^[a-z0-9_.]{1,64}$/).optional(),
  actorId: objectIdSchema.optional(),
  result: z.enum(AUDIT_RESULTS).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Entries with a sequence number below this one (paging backwards). */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type SignInInput = z.input<typeof signInSchema>;
export type FirstAccountInput = z.input<typeof firstAccountSchema>;
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;
export type CreateInvitationInput = z.input<typeof createInvitationSchema>;
export type UpdateUserInput = z.input<typeof updateUserSchema>;
export type AuditQuery = z.input<typeof auditQuerySchema>;
