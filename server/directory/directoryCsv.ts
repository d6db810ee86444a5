import { spreadsheetCsv } from "../exports/spreadsheetCsv";
import { freshnessStatus } from "./freshness";
import { exportedMobile, type ExportSet } from "./exportSet";
import { organisationDiscipline } from "../models/Organisation";
import { labelsFor } from "../documents/exporters/labels";
import { directoryLabels, languageName } from "./directoryLabels";

const COLUMNS = [
  "id", "country", "organisation", "discipline", "kind", "name", "function", "phone", "mobile", "email", "secure_email", "hours",
  "languages", "tags", "notes", "organisation_switchboard", "organisation_secure_mailbox", "organisation_24x7", "last_verified",
  "verified_by", "next_verification", "status",
];

/**
 * The export as CSV through the shared spreadsheet writer (BOM, ";" for Benelux spreadsheets, every
 * field quoted, formula starts neutralised) — international phone numbers therefore read '+32….
 * The column names stay codes (what a script or a re-import keys on); country, discipline, kind,
 * languages, tags, yes/no and status are written in the reader's language, as the PDF prints them.
 */
export function directoryCsv(set: ExportSet, now: Date, language: string): string {
  const words = directoryLabels(language);
  const countryNames = labelsFor(language).countryNames as Record<string, string>;
  const worded = (table: Record<string, string>, code: string) => table[code] ?? code;
  const rows = set.entries.map((entry) => {
    const organisation = set.organisations.get(entry.organisationId);
    return [
      String(entry._id),
      worded(countryNames, entry.country),
      organisation?.name ?? "",
      organisation ? worded(words.disciplines, organisationDiscipline(organisation)) : "",
      worded(words.kinds, entry.kind),
      entry.name ?? "",
      entry.function,
      entry.channels?.phone ?? "",
      exportedMobile(entry, set),
      entry.channels?.email ?? "",
      entry.channels?.secureEmail ?? "",
      entry.channels?.hours ?? "",
      (entry.languages ?? []).map((code) => languageName(code, words)).join(", "),
      (entry.tags ?? []).map((tag) => worded(words.tagNames, tag)).join(", "),
      entry.notes ?? "",
      organisation?.channels?.switchboard ?? "",
      organisation?.channels?.secureMailbox ?? "",
      organisation?.channels?.available24x7 ? words.yes : words.no,
      entry.verifiedAt.toISOString().slice(0, 10),
      entry.verifiedBy ? (set.people.get(entry.verifiedBy) ?? "") : "",
      entry.nextVerificationAt.toISOString().slice(0, 10),
      words.freshness[freshnessStatus(entry.nextVerificationAt, now)],
    ];
  });
  return spreadsheetCsv(COLUMNS, rows);
}
