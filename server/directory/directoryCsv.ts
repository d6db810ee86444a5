import { spreadsheetCsv } from "../exports/spreadsheetCsv";
import { freshnessStatus } from "./freshness";
import { exportedMobile, type ExportSet } from "./exportSet";
import { organisationDiscipline } from "../models/Organisation";

const COLUMNS = [
  "id", "country", "organisation", "discipline", "kind", "name", "function", "phone", "mobile", "email", "secure_email", "hours",
  "languages", "tags", "notes", "organisation_switchboard", "organisation_secure_mailbox", "organisation_24x7", "last_verified",
  "verified_by", "next_verification", "status",
];

/**
 * The export as CSV through the shared spreadsheet writer (BOM, ";" for Benelux spreadsheets, every
 * field quoted, formula starts neutralised) — international phone numbers therefore read '+32….
 */
export function directoryCsv(set: ExportSet, now: Date): string {
  const rows = set.entries.map((entry) => {
    const organisation = set.organisations.get(entry.organisationId);
    return [
      String(entry._id),
      entry.country,
      organisation?.name ?? "",
      organisation ? organisationDiscipline(organisation) : "",
      entry.kind,
      entry.name ?? "",
      entry.function,
      entry.channels?.phone ?? "",
      exportedMobile(entry, set),
      entry.channels?.email ?? "",
      entry.channels?.secureEmail ?? "",
      entry.channels?.hours ?? "",
      (entry.languages ?? []).join(" "),
      (entry.tags ?? []).join(" "),
      entry.notes ?? "",
      organisation?.channels?.switchboard ?? "",
      organisation?.channels?.secureMailbox ?? "",
      organisation?.channels?.available24x7 ? "yes" : "no",
      entry.verifiedAt.toISOString().slice(0, 10),
      entry.verifiedBy ? (set.people.get(entry.verifiedBy) ?? "") : "",
      entry.nextVerificationAt.toISOString().slice(0, 10),
      freshnessStatus(entry.nextVerificationAt, now),
    ];
  });
  return spreadsheetCsv(COLUMNS, rows);
}
