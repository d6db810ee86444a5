import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";
import { ROLES } from "../../shared/domain";
import { LANGUAGES } from "../../shared/languages";

const invitationSchema = new mongoose.Schema(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    role: { type: String, enum: ROLES, required: true },
    /** What the secretariat knew of the invitee: it fills in their account form (null: not given). */
    name: { type: String, default: null },
    language: { type: String, enum: [...LANGUAGES, null], default: null },
    organisationId: { type: mongoose.Schema.Types.ObjectId, ref: "Organisation", default: null },
    accessUntil: { type: Date, default: null },
    /** SHA-256 of the link token; the token itself is shown once and never stored. */
    tokenHash: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    invitedBy: { type: mongoose.Schema.Types.ObjectId, ref: "User", required: true },
    acceptedAt: { type: Date, default: null },
    acceptedUserId: { type: mongoose.Schema.Types.ObjectId, ref: "User", default: null },
    revokedAt: { type: Date, default: null },
  },
  { timestamps: true },
);
invitationSchema.index({ tokenHash: 1 }, { unique: true });
invitationSchema.index({ email: 1 });
invitationSchema.index({ createdAt: -1 }); // the invitations list, newest first

export type InvitationFields = InferSchemaType<typeof invitationSchema>;
export type InvitationDocument = HydratedDocument<InvitationFields>;
export const Invitation = mongoose.model("Invitation", invitationSchema);

export function invitationStatus(invitation: InvitationFields, now = new Date()): "pending" | "accepted" | "revoked" | "expired" {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}
