import { instantToBrusselsLocal } from "../../shared/brusselsTime";
import { labelsFor } from "../documents/exporters/labels";
import { spreadsheetCsv } from "../exports/spreadsheetCsv";
import { minutesLabels } from "../meetings/minutesLabels";
import type { ArchiveRecordFields } from "../models/ArchiveRecord";
import { archivePdfLabels } from "./archivePdfLabels";

const CSV_COLUMNS = ["number", "kind", "amends", "meeting_date", "meeting", "item", "decision", "outcome", "method", "votes_for", "votes_against", "votes_abstain", "victim_note_kind", "victim_note", "tags", "recorded_by", "archived_at", "reason", "hash"];

/**
 * The archive search result as a spreadsheet-safe CSV (see spreadsheetCsv for the format). The
 * column names stay codes (what a script or a re-import keys on); the kind, outcome, method, victim
 * note and tags are written in the reader's language, as the PDF export does. A code without words
 * (from an older version) is written as it is.
 */
export function archiveCsv(records: ArchiveRecordFields[], language: string): string {
  const words = minutesLabels(language);
  const kinds = archivePdfLabels(language).kinds;
  const tagNames = labelsFor(language).tagNames;
  const worded = <T extends string>(table: Partial<Record<T, string>>, code: string | null | undefined) => (code ? (table[code as T] ?? code) : code);
  return spreadsheetCsv(
    CSV_COLUMNS,
    records.map((r) => {
      const votes = (JSON.parse(r.votes ?? "null") as { votes?: { for: number; against: number; abstain: number } | null } | null)?.votes;
      return [
        r.number,
        worded(kinds, r.kind),
        r.amends,
        instantToBrusselsLocal(r.meetingDate).slice(0, 10),
        r.meetingTitle,
        r.itemTitle,
        r.text,
        worded(words.outcomes, r.outcome),
        worded(words.methods, r.method),
        votes?.for,
        votes?.against,
        votes?.abstain,
        worded(words.victimNote, r.victimNoteKind),
        r.victimNote,
        (r.tags ?? []).map((tag) => tagNames[tag] ?? tag).join(", "),
        r.recordedBy,
        r.archivedAt.toISOString(),
        r.reason,
        r.hash,
      ];
    }),
  );
}
