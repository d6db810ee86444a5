import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface HashedFields {
  seq: number;
  at: Date;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  ip: string;
  result: "success" | "failure" | "denied";
  details: string;
  prevHash: string;
}

/** SHA-256 over a fixed-order serialisation of every field, including the previous entry's hash. */
export function hashAuditEntry(entry: HashedFields): string {
  const canonical = JSON.stringify([
    entry.seq,
    entry.at.toISOString(),
    entry.actorId,
    entry.actorLabel,
    entry.action,
    entry.targetType,
    entry.targetId,
    entry.targetLabel,
    entry.ip,
    entry.result,
    entry.details,
    entry.prevHash,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}
