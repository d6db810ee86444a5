import mongoose from "mongoose";

/** Failed sign-in counters per account ("account:<email>") and per IP ("ip:<address>"). */
const signInThrottleSchema = new mongoose.Schema({
  _id: { type: String, required: true },
  failures: { type: Number, default: 0 },
  lastFailureAt: { type: Date, default: null },
  lockedUntil: { type: Date, default: null },
});

export const SignInThrottle = mongoose.model("SignInThrottle", signInThrottleSchema);
