import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";
import { ROLES } from "../../shared/domain";
import { LANGUAGES } from "../../shared/languages";
import { reportWrites } from "./writeReports";

const totpSchema = new mongoose.Schema(
  {
    /** Base32 secret; set when enrolment is confirmed. */
    secret: { type: String, default: null },
    /** Secret offered during enrolment, not yet confirmed with a code. */
    pendingSecret: { type: String, default: null },
    enabledAt: { type: Date, default: null },
    /** Last accepted time step: a code already used in its window is refused. */
    lastUsedStep: { type: Number, default: 0 },
    recoveryCodeHashes: { type: [String], default: [] },
  },
  { _id: false },
);

const userSchema = new mongoose.Schema(
  {
    name: { type: String, required: true, trim: true },
    email: { type: String, required: true, lowercase: true, trim: true },
    organisationId: { type: mongoose.Schema.Types.ObjectId, ref: "Organisation", default: null },
    role: { type: String, enum: ROLES, required: true },
    language: { type: String, enum: LANGUAGES, default: "en" },
    active: { type: Boolean, default: true },
    /** Observers only: access ends after this instant. */
    accessUntil: { type: Date, default: null },
    /** Observers only: the secretariat let them see named contact points until this instant (never mobiles). */
    directoryPeopleUntil: { type: Date, default: null },
    passwordHash: { type: String, required: true },
    totp: { type: totpSchema, default: () => ({}) },
    lastSignInAt: { type: Date, default: null },
  },
  { timestamps: true },
);
userSchema.index({ email: 1 }, { unique: true });
userSchema.index({ name: 1 });
userSchema.index({ active: 1 });
/** Every write through this model, so the signed-in user cache (server/auth/userCache.ts) drops what changed. */
export const onUserWrite = reportWrites(userSchema);

export type UserFields = InferSchemaType<typeof userSchema>;
export type UserDocument = HydratedDocument<UserFields>;
export const User = mongoose.model("User", userSchema);

/** Active, and (for observers) within their access period. */
export function userMayUseAccount(user: Pick<UserFields, "active" | "accessUntil">, now = new Date()): boolean {
  return user.active && (!user.accessUntil || user.accessUntil.getTime() > now.getTime());
}
