import { z } from "zod";
import { ATTACHMENT_LIMITS, ATTACHMENT_TARGET_KINDS } from "../attachments";
import { CLASSIFICATIONS } from "../documents";
import { objectIdSchema } from "./accounts";

const itemIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a valid item id");

/** Which thing's attachments (list). */
export const attachmentTargetQuerySchema = z.object({
  targetKind: z.enum(ATTACHMENT_TARGET_KINDS),
  targetId: objectIdSchema,
  itemId: itemIdSchema.optional(),
});

/** The file's name as the browser gave it; only shown, never trusted for the type. */
export const attachmentNameSchema = z
  .string()
  .trim()
  .min(1, "Give the file a name")
  .max(ATTACHMENT_LIMITS.nameChars, `At most ${ATTACHMENT_LIMITS.nameChars} characters`)
  .refine((name) => !/[\u0000-\u001f\u007f/\\]/.test(name), "The name contains characters that are not allowed");

/** An upload: the file is the raw request body; these come in the query string. */
export const attachmentUploadQuerySchema = attachmentTargetQuerySchema.extend({
  name: attachmentNameSchema,
  classification: z.enum(CLASSIFICATIONS).optional(),
});

export const attachmentVersionQuerySchema = z.object({ name: attachmentNameSchema });

export const attachmentUpdateSchema = z.object({
  classification: z.enum(CLASSIFICATIONS),
  /** Widening beyond restricted when the text holds personal data needs this, after the warning. */
  confirmPersonalData: z.boolean().optional(),
});
export type AttachmentUpdateInput = z.infer<typeof attachmentUpdateSchema>;

/** `GET /api/attachments/search?q=`: words in the files' extracted text, at least two characters. */
export const attachmentSearchQuerySchema = z.object({ q: z.string().trim().min(2).max(ATTACHMENT_LIMITS.searchMax) });
