import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";
import { LANGUAGES } from "../../shared/languages";
import { MAIL_JOB_STATUSES, MAIL_TEMPLATES } from "../../shared/notificationTypes";

/**
 * One e-mail to send, queued in the database so that a restart loses nothing. The payload holds
 * references and small facts only (ids, dates, numbers), never document, comment or decision text:
 * the message is written when it is sent, after checking access again. A link token (invitations,
 * resets) is kept encrypted with a key outside the database and wiped once the job is done.
 */
const mailJobSchema = new mongoose.Schema(
  {
    /** Idempotency: "notification:<id>", "digest:<user>:<day>", "invitation:<id>", "reset:<link id>". */
    key: { type: String, required: true },
    template: { type: String, enum: MAIL_TEMPLATES, required: true },
    /** The address; for a user's mail the current address is read again when sending. */
    to: { type: String, required: true },
    userId: { type: String, default: null },
    language: { type: String, enum: LANGUAGES, required: true },
    /** JSON of the template's references: free-form keys never become field names. */
    payload: { type: String, default: "{}" },
    /** AES-256-GCM of a link token (base64url iv.tag.ciphertext), or null. */
    secret: { type: String, default: null },
    status: { type: String, enum: MAIL_JOB_STATUSES, default: "queued" },
    attempts: { type: Number, default: 0 },
    /** Sent again by the secretariat after failing: each round has its own attempt claims. */
    round: { type: Number, default: 0 },
    nextAttemptAt: { type: Date, required: true },
    lastError: { type: String, default: null },
    /** The same Message-ID on every attempt, so a receiver can drop a duplicate after a crash. */
    messageId: { type: String, required: true },
    sentAt: { type: Date, default: null },
  },
  { timestamps: true },
);
mailJobSchema.index({ key: 1 }, { unique: true });
mailJobSchema.index({ status: 1, nextAttemptAt: 1 });

export type MailJobFields = InferSchemaType<typeof mailJobSchema>;
export type MailJobDocument = HydratedDocument<MailJobFields>;
export type MailJobRecord = MailJobFields & { _id: mongoose.Types.ObjectId; createdAt: Date; updatedAt: Date };
export const MailJob = mongoose.model("MailJob", mailJobSchema);
