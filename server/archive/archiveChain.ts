import type { ArchiveVerification } from "../../shared/meetingTypes";
import { KEYED } from "../audit/auditKey";
import { walkChain, type ChainAnchor } from "../audit/hashChain";
import { ArchiveRecord, type ArchiveRecordFields } from "../models/ArchiveRecord";
import { GENESIS_HASH, hashArchiveRecord, type ArchiveHashedFields } from "./archiveHash";

export type NewArchiveRecord = Omit<ArchiveHashedFields, "v" | "seq" | "number" | "prevHash">;

let queue: Promise<unknown> = Promise.resolve();

/**
 * Appends a record numbered BNL-<year>-<n> and chained to the previous one. Appends are serialised in
 * this process; unique indexes on seq, number and sourceKey make a writer elsewhere fail and retry
 * rather than fork the chain, and make a repeated append of the same source a no-op.
 */
export function appendArchiveRecord(record: NewArchiveRecord): Promise<string> {
  const next = queue.then(() => appendWithRetry(record));
  queue = next.catch(() => {});
  return next;
}

async function appendWithRetry(record: NewArchiveRecord): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const existing = await ArchiveRecord.findOne({ sourceKey: record.sourceKey }, { number: 1 }).lean();
    if (existing) return existing.number;
    try {
      return await append(record);
    } catch (error) {
      if ((error as { code?: number }).code !== 11000 || attempt >= 5) throw error;
    }
  }
}

async function append(record: NewArchiveRecord): Promise<string> {
  const last = await ArchiveRecord.findOne({}, { seq: 1, hash: 1 }).sort({ seq: -1 }).lean();
  const lastOfYear = await ArchiveRecord.findOne({ year: record.year }, { number: 1 }).sort({ seq: -1 }).lean();
  const n = lastOfYear ? Number(lastOfYear.number.split("-")[2]) + 1 : 1;
  const fields: ArchiveHashedFields = {
    ...record,
    v: KEYED,
    seq: (last?.seq ?? 0) + 1,
    number: `BNL-${record.year}-${String(n).padStart(3, "0")}`,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await ArchiveRecord.create({ ...fields, hash: hashArchiveRecord(fields) });
  return fields.number;
}

/** The stored fields of a record, as its hash covers them. */
export function hashedArchiveFields(r: ArchiveRecordFields): ArchiveHashedFields {
  return {
    v: r.v ?? null,
    seq: r.seq,
    number: r.number,
    year: r.year,
    kind: r.kind,
    sourceKey: r.sourceKey,
    amends: r.amends ?? null,
    meetingId: r.meetingId,
    meetingTitle: r.meetingTitle,
    meetingDate: r.meetingDate,
    itemTitle: r.itemTitle ?? "",
    text: r.text,
    outcome: r.outcome,
    method: r.method,
    votes: r.votes ?? "null",
    victimNoteKind: r.victimNoteKind,
    victimNote: r.victimNote,
    tags: r.tags ?? [],
    recordedBy: r.recordedBy ?? "",
    recordedById: r.recordedById ?? null,
    archivedAt: r.archivedAt,
    archivedBy: r.archivedBy ?? "",
    archivedById: r.archivedById ?? null,
    reason: r.reason ?? "",
    prevHash: r.prevHash,
  };
}

/** Whether a record's own hash holds; a record from before the key must also agree with its number's year. */
export function recordHashHolds(r: ArchiveRecordFields): boolean {
  return hashArchiveRecord(hashedArchiveFields(r)) === r.hash && legacyYearProblem(r) === undefined;
}

/** Unkeyed records did not hash `year`: it must be the year in their number (BNL-YYYY-NNN). */
function legacyYearProblem(r: ArchiveRecordFields): string | undefined {
  if (r.v === KEYED || r.number.split("-")[1] === String(r.year)) return undefined;
  return `its year (${r.year}) does not match its number (edited)`;
}

/** Walks the chain in order and names the first record that does not hold (see server/audit/hashChain.ts). */
export async function verifyArchiveChain(anchor: ChainAnchor | null): Promise<ArchiveVerification> {
  const numbers = new Map<number, string>();
  async function* links() {
    for await (const r of ArchiveRecord.find().sort({ seq: 1 }).lean<ArchiveRecordFields[]>().cursor()) {
      numbers.set(r.seq, r.number);
      yield { seq: r.seq, v: r.v ?? null, prevHash: r.prevHash, hash: r.hash, recomputed: hashArchiveRecord(hashedArchiveFields(r)), problem: legacyYearProblem(r) };
    }
  }
  const result = await walkChain(links(), anchor, "record");
  if (!result.firstBroken) return { ok: true, checked: result.checked };
  const { seq, reason } = result.firstBroken;
  // A record missing at the end has no number of its own: name it by its place in the chain.
  return { ok: false, checked: result.checked, firstBroken: { number: numbers.get(seq) ?? `#${seq}`, reason } };
}
