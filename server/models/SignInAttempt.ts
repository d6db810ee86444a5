import mongoose from "mongoose";

/**
 * One sign-in attempt, claimed before it is evaluated (server/auth/signInThrottle.ts). Keys are
 * "account:<email>" and "ip:<address>"; attempts form numbered series per key, and the _id
 * "<key>#<series>#<n>" is what makes counting atomic: two racing requests cannot both insert the
 * same n, on MongoDB and FerretDB alike. FerretDB has no TTL indexes: `expiresAt` is swept.
 */
const signInAttemptSchema = new mongoose.Schema({
  _id: { type: String, required: true },
  key: { type: String, required: true },
  series: { type: Number, required: true },
  n: { type: Number, required: true },
  at: { type: Date, required: true },
  /** A right password or code: kept (so the series and its numbering go on) but no longer counted. */
  released: { type: Boolean, default: false },
  expiresAt: { type: Date, required: true },
});
signInAttemptSchema.index({ key: 1, series: -1, n: -1 });
signInAttemptSchema.index({ expiresAt: 1 });

export const SignInAttempt = mongoose.model("SignInAttempt", signInAttemptSchema);
