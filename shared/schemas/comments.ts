import { z } from "zod";
import { COMMENT_LIMITS, COMMENT_TARGET_KINDS } from "../comments";
import { objectIdSchema } from "./accounts";
import { requiredText } from "./text";

/** base64 as Y.encodeRelativePosition gives it (the server decodes it too). */
const positionSchema = z.string().min(1).max(COMMENT_LIMITS.position).regex(/^[A-Za-z0-9+/]+=*$/, "must be an encoded position");

export const commentAnchorSchema = z.strictObject({
  from: positionSchema,
  to: positionSchema,
  block: positionSchema,
  quote: z.string().max(COMMENT_LIMITS.quote),
});

export const commentTargetSchema = z.strictObject({
  kind: z.enum(COMMENT_TARGET_KINDS),
  id: z.string().regex(/^[0-9a-zA-Z_-]{1,64}$/, "must be an id"),
  meetingId: objectIdSchema.optional(),
});

const commentBody = {
  text: requiredText(COMMENT_LIMITS.text),
  mentionIds: z.array(objectIdSchema).max(COMMENT_LIMITS.mentions).default([]),
  /** The author saw the personal-data warning and keeps the text. */
  confirmPersonalData: z.boolean().default(false),
};

export const startThreadSchema = z.strictObject({ target: commentTargetSchema, anchor: commentAnchorSchema.optional(), ...commentBody });
export type StartThreadInput = z.input<typeof startThreadSchema>;

export const replySchema = z.strictObject(commentBody);
export type ReplyInput = z.input<typeof replySchema>;

export const editCommentSchema = z.strictObject(commentBody);

/** Many targets at once (lists show a count per row). */
export const commentCountsSchema = z.strictObject({ targets: z.array(commentTargetSchema).min(1).max(COMMENT_LIMITS.countTargets) });
export type CommentCountsInput = z.input<typeof commentCountsSchema>;

export const commentListQuerySchema = z.strictObject({
  kind: z.enum(COMMENT_TARGET_KINDS),
  id: z.string().regex(/^[0-9a-zA-Z_-]{1,64}$/, "must be an id"),
  meetingId: objectIdSchema.optional(),
});
