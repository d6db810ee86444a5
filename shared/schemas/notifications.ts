import { z } from "zod";
import { EMAIL_MODES, NOTIFICATION_TYPES } from "../notificationTypes";
import { objectIdSchema } from "./accounts";

/** Input schemas for notifications, preferences and outgoing mail; the server validates with these, the client builds forms from them. */

export const NOTIFICATION_LIMITS = { pageMax: 100, pageDefault: 20, cursorMax: 200 } as const;

export const notificationListQuerySchema = z.object({
  /** unread_first: unread ones first, each group newest first; newest: by date only. */
  order: z.enum(["unread_first", "newest"]).default("unread_first"),
  /** "true": only unread ones. */
  unread: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  limit: z.coerce.number().int().min(1).max(NOTIFICATION_LIMITS.pageMax).default(NOTIFICATION_LIMITS.pageDefault),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().regex(/^[A-Za-z0-9_-]+$/, "must be a cursor from the previous page").max(NOTIFICATION_LIMITS.cursorMax).optional(),
});

export const notificationParamsSchema = z.strictObject({ id: objectIdSchema });

export const markAllReadSchema = z.strictObject({
  /** Only those created up to this instant (what the user saw), so one arriving meanwhile stays unread. */
  upTo: z.iso.datetime({ offset: true }).optional(),
});

export const preferenceChangeSchema = z
  .strictObject({
    type: z.enum(NOTIFICATION_TYPES),
    inApp: z.boolean().optional(),
    email: z.enum(EMAIL_MODES).optional(),
  })
  .refine((v) => v.inApp !== undefined || v.email !== undefined, { message: "nothing to change" });

export const preferencesUpdateSchema = z.strictObject({
  preferences: z
    .array(preferenceChangeSchema)
    .min(1)
    .max(NOTIFICATION_TYPES.length)
    .refine((list) => new Set(list.map((p) => p.type)).size === list.length, { message: "each type once" }),
});

export const mailFailuresQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** The `nextBefore` of the previous page. */
  before: objectIdSchema.optional(),
});

export type NotificationListQuery = z.input<typeof notificationListQuerySchema>;
export type PreferencesUpdate = z.input<typeof preferencesUpdateSchema>;
export type MailFailuresQuery = z.input<typeof mailFailuresQuerySchema>;
