import { AuditEntry, type AuditEntryFields } from "../models/AuditEntry";
import { GENESIS_HASH, hashAuditEntry, type HashedFields } from "./auditHash";
import { KEYED } from "./auditKey";
import { walkChain, type ChainAnchor, type ChainCheck } from "./hashChain";

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
    v: KEYED,
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

/** The fields of a stored entry that its hash covers. */
export function hashedAuditFields(entry: AuditEntryFields): HashedFields {
  return {
    v: entry.v ?? null,
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
}

export type ChainVerification = ChainCheck;

/**
 * Walks the chain in order and names the first entry whose keyed hash, link or sequence does not
 * hold, or that a signed checkpoint (outside the database) contradicts: see server/audit/hashChain.ts.
 */
export async function verifyAuditChain(anchor: ChainAnchor | null): Promise<ChainVerification> {
  async function* links() {
    for await (const entry of AuditEntry.find().sort({ seq: 1 }).lean<AuditEntryFields[]>().cursor()) {
      yield { seq: entry.seq, v: entry.v ?? null, prevHash: entry.prevHash, hash: entry.hash, recomputed: hashAuditEntry(hashedAuditFields(entry)) };
    }
  }
  return walkChain(links(), anchor, "entry");
}

/** False when the newest entry is keyed but not with this key (e.g. DATA_DIR/audit-key was replaced). */
export async function headMatchesKey(): Promise<boolean> {
  const head = await AuditEntry.findOne().sort({ seq: -1 }).lean<AuditEntryFields>();
  return !head || head.v !== KEYED || hashAuditEntry(hashedAuditFields(head)) === head.hash;
}
