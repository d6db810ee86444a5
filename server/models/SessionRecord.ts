import mongoose from "mongoose";
import { reportWrites } from "./writeReports";

/**
 * express-session data. FerretDB has no TTL indexes, so expiry is an `expiresAt` the store checks
 * on every read plus a periodic sweep. The session is stored as a JSON string: its keys are not ours
 * to control, and FerretDB refuses dots in field names.
 */
const sessionRecordSchema = new mongoose.Schema({
  _id: { type: String, required: true },
  data: { type: String, required: true },
  userId: { type: mongoose.Schema.Types.ObjectId, ref: "User", default: null },
  expiresAt: { type: Date, required: true },
  createdAt: { type: Date, required: true },
  lastSeenAt: { type: Date, required: true },
  ip: { type: String, default: "" },
  userAgent: { type: String, default: "" },
});
sessionRecordSchema.index({ userId: 1 });
sessionRecordSchema.index({ expiresAt: 1 });
/** Every write through this model, so the session cache (server/auth/sessionStore.ts) drops what changed. */
export const onSessionRecordWrite = reportWrites(sessionRecordSchema);

export const SessionRecord = mongoose.model("SessionRecord", sessionRecordSchema);
