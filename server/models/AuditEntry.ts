import mongoose, { type InferSchemaType } from "mongoose";

/** One append-only, hash-chained audit entry; see server/audit/auditLog.ts. */
const auditEntrySchema = new mongoose.Schema({
  /** 2: hashed with HMAC-SHA-256 under the audit key; absent on entries from before (plain SHA-256). */
  v: { type: Number, default: null },
  seq: { type: Number, required: true },
  at: { type: Date, required: true },
  actorId: { type: String, default: null },
  actorLabel: { type: String, default: null },
  action: { type: String, required: true },
  targetType: { type: String, default: null },
  targetId: { type: String, default: null },
  targetLabel: { type: String, default: null },
  ip: { type: String, default: "" },
  result: { type: String, enum: ["success", "failure", "denied"], required: true },
  /** JSON string: free-form keys must not reach field names. */
  details: { type: String, default: "{}" },
  prevHash: { type: String, required: true },
  hash: { type: String, required: true },
});
auditEntrySchema.index({ seq: 1 }, { unique: true });
auditEntrySchema.index({ action: 1, seq: -1 });
auditEntrySchema.index({ actorId: 1, seq: -1 });

export type AuditEntryFields = InferSchemaType<typeof auditEntrySchema>;
export const AuditEntry = mongoose.model("AuditEntry", auditEntrySchema);
