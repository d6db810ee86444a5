import type { z } from "zod";
import { brusselsLocalToInstant, instantToBrusselsLocal } from "../../shared/brusselsTime";
import type { archiveQuerySchema } from "../../shared/schemas/decisions";
import type { VictimNoteReport, VictimNoteShare } from "../../shared/meetingTypes";
import type { ArchiveRecordFields } from "../models/ArchiveRecord";
import { isSubstantive } from "../meetings/victimNote";
import { literalText } from "../readModels/literalText";

type ArchiveQuery = z.output<typeof archiveQuerySchema>;

/** The meetingDate bounds of a search: whole Brussels days, `to` included. */
function dateRange(query: ArchiveQuery): { $gte?: Date; $lt?: Date } {
  const date: { $gte?: Date; $lt?: Date } = {};
  if (query.from) date.$gte = brusselsLocalToInstant(`${query.from}T00:00`);
  if (query.to) date.$lt = new Date(brusselsLocalToInstant(`${query.to}T00:00`).getTime() + 86_400_000);
  return date;
}

/** The fields a text search looks in. */
const TEXT_FIELDS = ["text", "victimNote", "meetingTitle", "itemTitle", "number"] as const;

/** The filter for a search: text in several fields, a date range (Brussels days), meeting, outcome, tag. */
export function archiveFilter(query: ArchiveQuery): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (query.q) {
    const pattern = literalText(query.q).filter;
    filter.$or = TEXT_FIELDS.map((field) => ({ [field]: pattern }));
  }
  const date = dateRange(query);
  if (Object.keys(date).length) filter.meetingDate = date;
  if (query.meetingId) filter.meetingId = query.meetingId;
  if (query.outcome) filter.outcome = query.outcome;
  if (query.tag) filter.tags = query.tag;
  return filter;
}

/** archiveFilter as a test in memory (the archive read model): the same records, by the same rules. */
export function archiveMatcher(query: ArchiveQuery): (record: ArchiveRecordFields) => boolean {
  const text = query.q ? literalText(query.q) : undefined;
  const { $gte: from, $lt: until } = dateRange(query);
  return (r) =>
    (!text || TEXT_FIELDS.some((field) => text.matches(r[field]))) &&
    (!from || r.meetingDate.getTime() >= from.getTime()) &&
    (!until || r.meetingDate.getTime() < until.getTime()) &&
    (!query.meetingId || r.meetingId === query.meetingId) &&
    (!query.outcome || r.outcome === query.outcome) &&
    (!query.tag || (r.tags ?? []).includes(query.tag));
}

/** Share of decisions (not amendments) whose victim note is substantive, per meeting and per year. */
export function victimNoteReport(records: ArchiveRecordFields[]): VictimNoteReport {
  const tally = (key: (r: ArchiveRecordFields) => [string, string]) => {
    const rows = new Map<string, VictimNoteShare>();
    for (const record of records.filter((r) => r.kind === "decision")) {
      const [k, label] = key(record);
      const row = rows.get(k) ?? { key: k, label, decisions: 0, substantive: 0, share: 0 };
      row.decisions++;
      if (isSubstantive({ kind: record.victimNoteKind, text: record.victimNote })) row.substantive++;
      row.share = row.substantive / row.decisions;
      rows.set(k, row);
    }
    return [...rows.values()];
  };
  return {
    perMeeting: tally((r) => [r.meetingId, `${instantToBrusselsLocal(r.meetingDate).slice(0, 10)} ${r.meetingTitle}`]).sort((a, b) => b.label.localeCompare(a.label)),
    perYear: tally((r) => [String(r.year), String(r.year)]).sort((a, b) => b.key.localeCompare(a.key)),
  };
}
