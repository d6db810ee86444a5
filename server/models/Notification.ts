import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";
import { EMAIL_MODES, NOTIFICATION_TARGET_KINDS, NOTIFICATION_TYPES } from "../../shared/notificationTypes";

/**
 * One thing a person is told about. It stores references only — who, what kind, which target —
 * never a title or any document, comment or decision text: titles are resolved when it is shown,
 * after checking that the person may still read the target.
 */
const notificationSchema = new mongoose.Schema(
  {
    /** Idempotency: one notification per event and person, however often the event is handled. */
    key: { type: String, required: true },
    recipientId: { type: String, required: true },
    type: { type: String, enum: NOTIFICATION_TYPES, required: true },
    target: {
      type: new mongoose.Schema(
        {
          kind: { type: String, enum: NOTIFICATION_TARGET_KINDS, required: true },
          id: { type: String, required: true },
          meetingId: { type: String, default: null },
          documentId: { type: String, default: null },
        },
        { _id: false },
      ),
      required: true,
    },
    actorId: { type: String, default: null },
    /** JSON of NotificationDetails (dates, numbers, changed fields): free-form keys never become field names. */
    details: { type: String, default: "{}" },
    /** The recipient's in-app preference when it was created: hidden ones are kept for idempotency only. */
    inApp: { type: Boolean, required: true },
    read: { type: Boolean, default: false },
    readAt: { type: Date, default: null },
    /** The e-mail preference when it was created; "never" also when mail is off. */
    email: { type: String, enum: EMAIL_MODES, required: true },
    /** Immediate e-mail: when its mail job was queued (null: still to queue; a sweep catches up after a crash). */
    mailQueuedAt: { type: Date, default: null },
    /** Digest: the job of the digest that took it (null: waiting for the next one). */
    digestJobId: { type: String, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
notificationSchema.index({ key: 1 }, { unique: true });
notificationSchema.index({ recipientId: 1, inApp: 1, read: 1, createdAt: -1 });
notificationSchema.index({ email: 1, digestJobId: 1, createdAt: 1 });
notificationSchema.index({ email: 1, mailQueuedAt: 1 });

export type NotificationFields = InferSchemaType<typeof notificationSchema> & { createdAt: Date };
export type NotificationDocument = HydratedDocument<NotificationFields>;
export type NotificationRecord = NotificationFields & { _id: mongoose.Types.ObjectId };
export const Notification = mongoose.model("Notification", notificationSchema);
