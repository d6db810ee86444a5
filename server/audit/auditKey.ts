import { createHash, createHmac } from "node:crypto";

/**
 * The key of the audit log's and the archive's hash chains. It lives outside the database
 * (AUDIT_KEY, or DATA_DIR/audit-key with mode 0600; see server/config.ts), so whoever can write
 * to the database alone cannot recompute a chain they changed: plain SHA-256 could be recomputed.
 */
let key: Buffer | undefined;

/** Entries and records written with the key carry v: 2; those without v are from before (plain SHA-256). */
export const KEYED = 2;

export function useAuditKey(secret: string): void {
  key = Buffer.from(secret, "utf8");
}

/** HMAC-SHA-256 under the audit key; `domain` keeps entries, records and checkpoints apart. */
export function keyedDigest(domain: string, canonical: string): string {
  if (!key) throw new Error("the audit key is not configured (useAuditKey)");
  return createHmac("sha256", key).update(`${domain}\n${canonical}`).digest("hex");
}

/** The hash of entries written before the chain was keyed. */
export function legacyDigest(canonical: string): string {
  return createHash("sha256").update(canonical).digest("hex");
}
