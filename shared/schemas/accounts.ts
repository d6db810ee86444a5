import { z } from "zod";
import { COUNTRIES, DISCIPLINES, ROLES } from "../domain";
import { LANGUAGES } from "../languages";
import { ACCOUNT_LIMITS } from "../validations";
import { changes, requiredText } from "./text";

/** Input schemas for accounts, sign-in and administration; the server validates with these, the client builds forms from them. */

/** An e-mail address as sent (surrounding spaces allowed, within the limit), stored trimmed and in lower case. */
const EMAIL_AS_SENT = new RegExp(`^\\s*(?:${z.regexes.email.source.slice(1, -1)})\\s*$`);
export const emailSchema = z.string().max(ACCOUNT_LIMITS.emailMax).regex(EMAIL_AS_SENT, "must be an e-mail address").trim().toLowerCase();
export const nameSchema = requiredText(ACCOUNT_LIMITS.nameMax);
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
  .regex(/^\s*(\d{6}|[A-Za-z0-9]{5}-[A-Za-z0-9]{5})\s*$/, "must be a 6-digit code or a recovery code")
  .trim();

export const signInSchema = z.object({
  email: requiredText(ACCOUNT_LIMITS.emailMax).toLowerCase(),
  password: z.string().min(1).max(ACCOUNT_LIMITS.passwordMax),
});

export const secondFactorSchema = z.object({ code: secondFactorCodeSchema });

export const organisationInputSchema = z.object({
  name: requiredText(ACCOUNT_LIMITS.organisationMax),
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
    /** The invitee's name: it fills in their account form, where they can still correct it. */
    name: nameSchema.optional(),
    /** The invitee's language: of the invitation e-mail, the account page and the account. */
    language: languageSchema.optional(),
    organisationId: objectIdSchema.optional(),
    /** An organisation not in the list yet, added with the invitation (instead of organisationId). */
    organisation: organisationInputSchema.optional(),
    /** Observers only: the last day they have access (ISO date). */
    accessUntil: z.iso.date().optional(),
    /** Also e-mail the link (when mail is on); it is shown once on screen either way. */
    sendEmail: z.boolean().default(false),
    /** Older clients' name for the e-mail's language; `language` wins. Default: the sender's. */
    emailLanguage: languageSchema.optional(),
  })
  .refine((v) => v.role === "observer" || v.accessUntil === undefined, {
    message: "only observers' access can end on a date",
    path: ["accessUntil"],
  })
  .refine((v) => v.organisationId === undefined || v.organisation === undefined, {
    message: "choose an organisation or add a new one, not both",
    path: ["organisation"],
  })
  // The same rules, for the OpenAPI document: an observer or no access end; not both organisations.
  .meta({
    allOf: [
      { anyOf: [{ properties: { role: { const: "observer" } } }, { not: { required: ["accessUntil"] } }] },
      { not: { required: ["organisationId", "organisation"] } },
    ],
  });

/** A person's access, every field given (the secretariat's form); the API takes what changed. */
export const userAccessSchema = z.object({
  role: roleSchema,
  active: z.boolean(),
  organisationId: objectIdSchema.nullable(),
  /** Observers only; null (or absent) for no end date. */
  accessUntil: z.iso.date().nullish(),
});

export const updateUserSchema = changes(userAccessSchema.partial().shape);

export const updateAccountSchema = changes({ name: nameSchema.optional(), language: languageSchema.optional() });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(ACCOUNT_LIMITS.passwordMax),
  newPassword: newPasswordSchema,
});

export const resetPasswordSchema = z.object({ password: newPasswordSchema });

/** Issuing a reset link: also e-mail it to the user (when mail is on); it is shown once on screen either way. */
export const passwordResetLinkSchema = z.object({ sendEmail: z.boolean().default(false) });

export const confirmTotpSchema = z.object({ code: z.string().regex(/^\s*\d{6}\s*$/, "must be 6 digits").trim() });

export const passwordConfirmationSchema = z.object({ password: z.string().min(1).max(ACCOUNT_LIMITS.passwordMax) });

export const settingsSchema = changes({
  require2faForAll: z.boolean().optional(),
  /** Let e-mails name internal items (titles); restricted ones never. */
  includeExcerpts: z.boolean().optional(),
});
export type SettingsInput = z.input<typeof settingsSchema>;

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
