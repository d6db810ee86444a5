import { instantToBrusselsLocal } from "../../shared/brusselsTime";
import { spreadsheetCsv } from "../exports/spreadsheetCsv";
import type { ArchiveRecordFields } from "../models/ArchiveRecord";

const CSV_COLUMNS = ["number", "kind", "amends", "meeting_date", "meeting", "item", "decision", "outcome", "method", "votes_for", "votes_against", "votes_abstain", "victim_note_kind", "victim_note", "tags", "recorded_by", "archived_at", "reason", "hash"];

/** The archive search result as a spreadsheet-safe CSV (see spreadsheetCsv for the format). */
export function archiveCsv(records: ArchiveRecordFields[]): string {
  return spreadsheetCsv(
    CSV_COLUMNS,
    records.map((r) => {
      const votes = (JSON.parse(r.votes ?? "null") as { votes?: { for: number; against: number; abstain: number } | null } | null)?.votes;
      return [r.number, r.kind, r.amends, instantToBrusselsLocal(r.meetingDate).slice(0, 10), r.meetingTitle, r.itemTitle, r.text, r.outcome, r.method, votes?.for, votes?.against, votes?.abstain, r.victimNoteKind, r.victimNote, (r.tags ?? []).join(" "), r.recordedBy, r.archivedAt.toISOString(), r.reason, r.hash];
    }),
  );
}
