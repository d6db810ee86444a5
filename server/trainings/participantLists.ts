import type { JSONContent } from "@tiptap/core";
import { doc, heading, paragraph, tableCell, text } from "../documents/contentBuilders";
import { readDocument } from "../documents/exporters/model";
import { renderPdf } from "../documents/exporters/lazyPdf";
import type { Language } from "../../shared/languages";
import type { PresentedRegistration } from "../../shared/trainingTypes";
import { countryName, disciplineName, outcomeLabels } from "./outcomeLabels";
import type { TrainingRow } from "./trainingStore";

const row = (kind: "tableHeader" | "tableCell", values: string[]): JSONContent => ({ type: "tableRow", content: values.map((v) => tableCell(kind, v)) });

/** Registrations grouped by country, then discipline, in that order (the rows come sorted so). */
export function groupByCountryAndDiscipline(rows: readonly PresentedRegistration[]): Array<{ country: string; discipline: string | null; rows: PresentedRegistration[] }> {
  const groups: Array<{ country: string; discipline: string | null; rows: PresentedRegistration[] }> = [];
  for (const r of rows) {
    const last = groups.at(-1);
    if (last && last.country === r.country && last.discipline === r.discipline) last.rows.push(r);
    else groups.push({ country: r.country, discipline: r.discipline, rows: [r] });
  }
  return groups;
}

/** The participant lists: a heading per country and discipline, then name, organisation, language, needs, status. Restricted. */
export function participantListPdf(training: TrainingRow, rows: readonly PresentedRegistration[], language: Language): Promise<Buffer> {
  const labels = outcomeLabels(language);
  const body: JSONContent[] = [heading(2, training.title)];
  let country = "";
  for (const group of groupByCountryAndDiscipline(rows)) {
    if (group.country !== country) body.push(heading(2, countryName((country = group.country), language)));
    body.push(heading(3, `${disciplineName(group.discipline, language)} (${group.rows.length})`));
    body.push({
      type: "table",
      content: [
        row("tableHeader", [labels.name, labels.organisation, labels.language, labels.needs, labels.status]),
        ...group.rows.map((r) => row("tableCell", [r.name, r.organisation, r.language.toUpperCase(), r.needs, r.status === "waiting" ? `${labels.waiting} (${r.waitingPosition})` : labels.confirmed])),
      ],
    });
  }
  return renderPdf({
    title: `${labels.participants}: ${training.title}`,
    language,
    classification: "restricted",
    metadata: [
      [labels.date, training.days.map((d) => d.date).join(", ")],
      [labels.place, training.place || "—"],
      [labels.total, String(rows.filter((r) => r.status === "confirmed").length)],
    ],
    blocks: readDocument(doc(body)),
    createdAt: new Date(),
  });
}

/** Name badges, two to a row: name, organisation, country. For confirmed participants. */
export function badgesPdf(training: TrainingRow, rows: readonly PresentedRegistration[], language: Language): Promise<Buffer> {
  const labels = outcomeLabels(language);
  const badge = (r: PresentedRegistration | undefined): JSONContent => ({
    type: "tableCell",
    content: r ? [paragraph(text(r.name, "bold")), paragraph(r.organisation || " "), paragraph(countryName(r.country, language))] : [paragraph(" ")],
  });
  const confirmed = rows.filter((r) => r.status === "confirmed");
  const tableRows: JSONContent[] = [];
  for (let i = 0; i < confirmed.length; i += 2) tableRows.push({ type: "tableRow", content: [badge(confirmed[i]), badge(confirmed[i + 1])] });
  return renderPdf({
    title: `${labels.badges}: ${training.title}`,
    language,
    classification: "restricted",
    metadata: [[labels.total, String(confirmed.length)]],
    blocks: readDocument(doc(tableRows.length > 0 ? [{ type: "table", content: tableRows }] : [paragraph("—")])),
    createdAt: new Date(),
  });
}
