import type { Language } from "../../shared/languages";
import type { PresentedRegistration } from "../../shared/trainingTypes";
import { directoryLabels, languageName } from "../directory/directoryLabels";
import { spreadsheetCsv } from "../exports/spreadsheetCsv";
import { countryName, disciplineName, outcomeLabels } from "./outcomeLabels";

/**
 * A training's registrations as CSV, for the organisers' registrations list and the participant
 * list. The column names stay codes (what a script keys on); country, discipline, language, status
 * and attendance are written in the reader's language, as the PDFs print them.
 */
export function registrationCsv(rows: PresentedRegistration[], language: Language, options: { attended: boolean }): string {
  const labels = outcomeLabels(language);
  const words = directoryLabels(language);
  const columns = ["country", "discipline", "name", "organisation", "language", "needs", "status", "waiting_position", ...(options.attended ? ["attended"] : [])];
  return spreadsheetCsv(
    columns,
    rows.map((r) => [
      countryName(r.country, language),
      r.discipline ? disciplineName(r.discipline, language) : "",
      r.name,
      r.organisation,
      languageName(r.language, words),
      r.needs,
      r.status === "waiting" ? labels.waiting : r.status === "confirmed" ? labels.confirmed : r.status,
      r.waitingPosition,
      ...(options.attended ? [r.attended ? words.yes : words.no] : []),
    ]),
  );
}
