import type { ArchiveVerification } from "../../shared/meetingTypes";
import { ArchiveRecord } from "../models/ArchiveRecord";
import { GENESIS_HASH, hashArchiveRecord, type ArchiveHashedFields } from "./archiveHash";

export type NewArchiveRecord = Omit<ArchiveHashedFields, "seq" | "number" | "prevHash"> & { year: number };

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
  const { year, ...rest } = record;
  const fields: ArchiveHashedFields = {
    ...rest,
    seq: (last?.seq ?? 0) + 1,
    number: `BNL-${year}-${String(n).padStart(3, "0")}`,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await ArchiveRecord.create({ ...fields, year, hash: hashArchiveRecord(fields) });
  return fields.number;
}

/** Walks the chain in order and names the first record whose hash, link or sequence does not hold. */
export async function verifyArchiveChain(): Promise<ArchiveVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for await (const r of ArchiveRecord.find().sort({ seq: 1 }).lean().cursor()) {
    const fields: ArchiveHashedFields = {
      seq: r.seq,
      number: r.number,
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
    const broken = (reason: string): ArchiveVerification => ({ ok: false, checked, firstBroken: { number: r.number, reason } });
    if (r.seq !== expectedSeq) return broken(`expected record ${expectedSeq} here (a record is missing or inserted)`);
    if (r.prevHash !== prevHash) return broken("does not link to the previous record's hash");
    if (hashArchiveRecord(fields) !== r.hash) return broken("its content does not match its hash (edited)");
    prevHash = r.hash;
    expectedSeq++;
    checked++;
  }
  return { ok: true, checked };
}
