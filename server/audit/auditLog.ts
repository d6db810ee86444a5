import { AuditEntry } from "../models/AuditEntry";
import { GENESIS_HASH, hashAuditEntry, type HashedFields } from "./auditHash";

export type AuditResult = "success" | "failure" | "denied";

export interface AuditEvent {
  action: string;
  actor?: { id: string; name: string } | null;
  target?: { type: string; id: string; label?: string } | null;
  ip?: string;
  result?: AuditResult;
  details?: Record<string, unknown>;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Appends an entry whose hash covers the previous one. Appends are serialised in this process; the
 * unique index on seq makes a concurrent writer elsewhere fail and retry instead of forking the chain.
 */
export function audit(event: AuditEvent): Promise<void> {
  const next = queue.then(() => appendWithRetry(event));
  queue = next.catch(() => {});
  return next;
}

async function appendWithRetry(event: AuditEvent): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await append(event);
    } catch (error) {
      if ((error as { code?: number }).code !== 11000 || attempt >= 5) throw error;
    }
  }
}

async function append(event: AuditEvent): Promise<void> {
  const last = await AuditEntry.findOne({}, { seq: 1, hash: 1 }).sort({ seq: -1 }).lean();
  const fields: HashedFields = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date(),
    actorId: event.actor?.id ?? null,
    actorLabel: event.actor?.name ?? null,
    action: event.action,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    targetLabel: event.target?.label ?? null,
    ip: event.ip ?? "",
    result: event.result ?? "success",
    details: JSON.stringify(event.details ?? {}),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await AuditEntry.create({ ...fields, hash: hashAuditEntry(fields) });
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; reason: string };
}

/** Walks the chain in order and names the first entry whose hash, link or sequence does not hold. */
export async function verifyAuditChain(): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for await (const entry of AuditEntry.find().sort({ seq: 1 }).lean().cursor()) {
    const fields: HashedFields = {
      seq: entry.seq,
      at: entry.at,
      actorId: entry.actorId ?? null,
      actorLabel: entry.actorLabel ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      targetLabel: entry.targetLabel ?? null,
      ip: entry.ip ?? "",
      result: entry.result,
      details: entry.details ?? "{}",
      prevHash: entry.prevHash,
    };
    const broken = (reason: string) => ({ ok: false, checked, firstBroken: { seq: entry.seq, reason } });
    if (entry.seq !== expectedSeq) return broken(`expected entry ${expectedSeq} here (an entry is missing or inserted)`);
    if (entry.prevHash !== prevHash) return broken("does not link to the previous entry's hash");
    if (hashAuditEntry(fields) !== entry.hash) return broken("its content does not match its hash (edited)");
    prevHash = entry.hash;
    expectedSeq++;
    checked++;
  }
  return { ok: true, checked };
}
