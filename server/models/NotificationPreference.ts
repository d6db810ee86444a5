import mongoose, { type InferSchemaType } from "mongoose";
import { EMAIL_MODES, NOTIFICATION_TYPES } from "../../shared/notificationTypes";

/**
 * A person's choices per notification type; only what they changed is stored (the rest follows the
 * defaults in shared/notificationTypes.ts). An array of rows, because types must not become field names.
 */
const notificationPreferenceSchema = new mongoose.Schema(
  {
    /** The user's id: one document per user. */
    _id: { type: String, required: true },
    choices: {
      type: [
        new mongoose.Schema(
          {
            type: { type: String, enum: NOTIFICATION_TYPES, required: true },
            inApp: { type: Boolean, required: true },
            email: { type: String, enum: EMAIL_MODES, required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
  },
  { timestamps: true },
);

export type NotificationPreferenceFields = InferSchemaType<typeof notificationPreferenceSchema>;
export const NotificationPreference = mongoose.model("NotificationPreference", notificationPreferenceSchema);
