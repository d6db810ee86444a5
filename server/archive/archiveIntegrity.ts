import { runningAnchor } from "../audit/auditAnchor";
import { KEYED } from "../audit/auditKey";
import { ArchiveRecord, type ArchiveRecordFields } from "../models/ArchiveRecord";
import { recordHashHolds } from "./archiveChain";

export type Integrity = "ok" | "broken";

/**
 * Whether each record still is what was archived, so a changed record is never served as if
 * intact. A keyed record is checked by its own HMAC (nobody without the key can recompute it). A
 * record from before the key could have been recomputed with plain SHA-256, so it must also lie
 * before the point where keying began, and the next record's prevHash must still name it.
 * The full walk (audit:verify, /api/archive/verify) also checks order and truncation.
 */
export async function archiveIntegrity(records: ArchiveRecordFields[]): Promise<Map<string, Integrity>> {
  const keyedFrom = runningAnchor()?.keyedFrom.archive ?? Number.POSITIVE_INFINITY;
  const unkeyed = records.filter((r) => r.v !== KEYED);
  const successors = unkeyed.length
    ? new Map((await ArchiveRecord.find({ seq: { $in: unkeyed.map((r) => r.seq + 1) } }, { seq: 1, prevHash: 1 }).lean()).map((r) => [r.seq, r.prevHash]))
    : new Map<number, string>();
  const result = new Map<string, Integrity>();
  for (const r of records) {
    let ok = recordHashHolds(r);
    if (ok && r.v !== KEYED) {
      const next = successors.get(r.seq + 1);
      ok = r.seq < keyedFrom && (next === undefined || next === r.hash);
    }
    result.set(r.number, ok ? "ok" : "broken");
  }
  return result;
}
