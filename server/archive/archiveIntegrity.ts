import { runningAnchor } from "../audit/auditAnchor";
import { KEYED } from "../audit/auditKey";
import { ArchiveRecord, type ArchiveRecordFields } from "../models/ArchiveRecord";
import { recordHashHolds } from "./archiveChain";

export type Integrity = "ok" | "broken";

/** The first archive seq hashed with the audit key (records before it were hashed with plain SHA-256). */
export const keyedFromSeq = (): number => runningAnchor()?.keyedFrom.archive ?? Number.POSITIVE_INFINITY;

/**
 * Whether one record still is what was archived, so a changed record is never served as if
 * intact. A keyed record is checked by its own HMAC (nobody without the key can recompute it). A
 * record from before the key could have been recomputed with plain SHA-256, so it must also lie
 * before the point where keying began, and the next record's prevHash (`nextPrevHash`, undefined
 * when there is none) must still name it. The full walk (audit:verify, /api/archive/verify) also
 * checks order and truncation.
 */
export function recordIntegrity(record: ArchiveRecordFields, hashHolds: boolean, nextPrevHash: string | undefined, keyedFrom: number): Integrity {
  let ok = hashHolds;
  if (ok && record.v !== KEYED) ok = record.seq < keyedFrom && (nextPrevHash === undefined || nextPrevHash === record.hash);
  return ok ? "ok" : "broken";
}

/** recordIntegrity of each record, by number, reading the successors of unkeyed records (one query). */
export async function archiveIntegrity(records: ArchiveRecordFields[]): Promise<Map<string, Integrity>> {
  const keyedFrom = keyedFromSeq();
  const unkeyed = records.filter((r) => r.v !== KEYED);
  const successors = unkeyed.length
    ? new Map((await ArchiveRecord.find({ seq: { $in: unkeyed.map((r) => r.seq + 1) } }, { seq: 1, prevHash: 1 }).lean()).map((r) => [r.seq, r.prevHash]))
    : new Map<number, string>();
  return new Map(records.map((r) => [r.number, recordIntegrity(r, recordHashHolds(r), successors.get(r.seq + 1), keyedFrom)]));
}
