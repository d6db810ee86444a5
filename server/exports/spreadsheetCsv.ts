/**
 * CSV for spreadsheets (Excel, LibreOffice, Numbers), safe against formula injection.
 *
 * - `;` separates fields: Excel in the Benelux and French locales (nl-BE, nl-NL, fr-BE, fr-LU, fr-FR)
 *   splits on `;` when a .csv file is opened by double-click, so the columns come out right there.
 * - Every field is quoted, so a separator, quote or line break inside a cell stays inside it for a
 *   reader that honours quotes.
 * - A cell that starts like a formula (`=`, `+`, `-`, `@`, tab, CR, and their full-width forms) gets a
 *   leading `'` (csv-stringify's `escape_formulas`). A reader that splits on another separator than
 *   the one we wrote (`,` in an English locale) or ignores quotes starts a new cell after any `,`,
 *   `;`, tab or line break *inside* a cell, so the same neutralisation is applied after each of those
 *   too (with spaces in between, which spreadsheets skip), e.g. `x;=HYPERLINK(…)` → `x;'=HYPERLINK(…)`.
 * - A UTF-8 byte-order mark, so Excel reads the accents of nl and fr and names such as Ștefan as UTF-8.
 */
import { stringify } from "csv-stringify/sync";

export const CSV_DELIMITER = ";";

/**
 * A formula start after a character that can begin a new cell for some reader, or after leading
 * spaces. (A formula start at the very beginning is csv-stringify's `escape_formulas`.)
 */
const FORMULA_AFTER_SEPARATOR = /(^[ \u00a0]+|[,;\t\r\n][ \u00a0]*)(?=[=+\-@\t\r\uff1d\uff0b\uff0d\uff20])/g;

/** Inserts `'` before every formula start that follows a separator (or leading spaces) within the cell. */
export function neutraliseInnerFormulas(text: string): string {
  return text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
}

export type CsvValue = string | number | null | undefined;

/** The whole file: BOM, a header row, then one row per record, CRLF line ends. */
export function spreadsheetCsv(header: readonly string[], rows: readonly CsvValue[][]): string {
  return stringify([[...header], ...rows.map((row) => [...row])], {
    bom: true,
    delimiter: CSV_DELIMITER,
    record_delimiter: "windows",
    quoted: true,
    quoted_empty: true,
    escape_formulas: true,
    cast: { string: neutraliseInnerFormulas },
  });
}
