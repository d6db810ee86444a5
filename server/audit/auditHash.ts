import { KEYED, keyedDigest, legacyDigest } from "./auditKey";

export const GENESIS_HASH = "0".repeat(64);

export interface HashedFields {
  /** KEYED (HMAC-SHA-256 under the audit key); null for entries from before the key (plain SHA-256). */
  v: number | null;
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

/** A fixed-order serialisation of every field, including the previous entry's hash, under the entry's version. */
export function hashAuditEntry(entry: HashedFields): string {
  const fields = [
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
  ];
  if (entry.v === KEYED) return keyedDigest("audit-entry", JSON.stringify([KEYED, ...fields]));
  return legacyDigest(JSON.stringify(fields));
}
