import type { z } from "zod";
import type { ArchivePage } from "../../shared/meetingTypes";
import type { archiveQuerySchema } from "../../shared/schemas/decisions";
import { recordHashHolds } from "../archive/archiveChain";
import { keyedFromSeq, recordIntegrity, type Integrity } from "../archive/archiveIntegrity";
import { archiveMatcher } from "../archive/archiveQuery";
import { ArchiveRecord, onArchiveRecordWrite, type ArchiveRecordFields } from "../models/ArchiveRecord";
import { presentArchiveRecord } from "../presenters/archive";
import { ReadModel } from "./readModel";

type ArchiveQuery = z.output<typeof archiveQuerySchema>;

interface ArchiveView {
  /** The search's order: newest meeting first, then the later record. */
  newestFirst: readonly ArchiveRecordFields[];
  /** The amendments correcting each record, oldest first. */
  amendedBy: ReadonlyMap<string, string[]>;
  prevHashBySeq: ReadonlyMap<number, string>;
  /** Whether a record's own hash holds, computed once per loaded copy when first asked. */
  hashHolds(record: ArchiveRecordFields): boolean;
  /** Pages already answered from this copy, by query: the archive reads the same for everyone who may read it. */
  pages: Map<string, ArchivePage>;
}

/** Distinct searches remembered per copy of the archive (a copy lasts until the next write or reload). */
const PAGES_MAX = 200;

function archiveView(rows: readonly ArchiveRecordFields[]): ArchiveView {
  const bySeq = [...rows].sort((a, b) => a.seq - b.seq);
  const amendedBy = new Map<string, string[]>();
  for (const r of bySeq) if (r.amends) amendedBy.set(r.amends, [...(amendedBy.get(r.amends) ?? []), r.number]);
  const holds = new Map<number, boolean>();
  return {
    newestFirst: [...rows].sort((a, b) => b.meetingDate.getTime() - a.meetingDate.getTime() || b.seq - a.seq),
    amendedBy,
    prevHashBySeq: new Map(bySeq.map((r) => [r.seq, r.prevHash])),
    hashHolds: (record) => {
      if (!holds.has(record.seq)) holds.set(record.seq, recordHashHolds(record));
      return holds.get(record.seq)!;
    },
    pages: new Map(),
  };
}

/**
 * Every archive record (hundreds; never updated, only appended). An append reloads them all: it
 * changes the amendments of the record it corrects and the successor of the last one. A record
 * changed behind the app's back is reloaded within the read models' bound and then served
 * "broken", like the database path serves it (its hash no longer holds).
 */
const archive = new ReadModel<ArchiveRecordFields, ArchiveView>({
  loadAll: () => ArchiveRecord.find({}).lean<ArchiveRecordFields[]>(),
  idOf: (record) => record.number,
  view: archiveView,
});
onArchiveRecordWrite((ids) => archive.invalidate(ids));

/** One page of a search, with the total, from memory: the same records in the same order as archiveFilter's query. */
export async function archivePageFromMemory(query: ArchiveQuery): Promise<ArchivePage> {
  const view = await archive.read();
  const keyedFrom = keyedFromSeq();
  const key = JSON.stringify([query.q, query.from, query.to, query.meetingId, query.outcome, query.tag, query.offset, query.limit, keyedFrom]);
  const remembered = view.pages.get(key);
  if (remembered) return remembered;
  const matches = view.newestFirst.filter(archiveMatcher(query));
  const page = matches.slice(query.offset, query.offset + query.limit);
  const integrity = new Map<string, Integrity>(page.map((r) => [r.number, recordIntegrity(r, view.hashHolds(r), view.prevHashBySeq.get(r.seq + 1), keyedFrom)]));
  const answer: ArchivePage = { records: page.map((r) => presentArchiveRecord(r, view.amendedBy, integrity)), total: matches.length };
  if (view.pages.size >= PAGES_MAX) view.pages.clear();
  view.pages.set(key, answer);
  return answer;
}
