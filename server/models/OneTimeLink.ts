import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";

/** Single-use links other than invitations: the first-start link and password resets. */
const oneTimeLinkSchema = new mongoose.Schema(
  {
    purpose: { type: String, enum: ["first_account", "password_reset"], required: true },
    tokenHash: { type: String, required: true },
    userId: { type: mongoose.Schema.Types.ObjectId, ref: "User", default: null },
    createdBy: { type: mongoose.Schema.Types.ObjectId, ref: "User", default: null },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
  },
  { timestamps: true },
);
oneTimeLinkSchema.index({ tokenHash: 1 }, { unique: true });

export type OneTimeLinkDocument = HydratedDocument<InferSchemaType<typeof oneTimeLinkSchema>>;
export const OneTimeLink = mongoose.model("OneTimeLink", oneTimeLinkSchema);
