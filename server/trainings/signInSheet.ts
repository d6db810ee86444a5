import type { JSONContent } from "@tiptap/core";
import { doc, heading, paragraph, tableCell } from "../documents/contentBuilders";
import { readDocument } from "../documents/exporters/model";
import type { Language } from "../../shared/languages";
import type { PresentedRegistration } from "../../shared/trainingTypes";
import type { TrainingRow } from "./trainingStore";
import { renderPdf } from "../documents/exporters/lazyPdf";

const LABELS = {
  nl: { title: "Aanwezigheidslijst", date: "Datum", place: "Plaats", classification: "Vertrouwelijk", name: "Naam", organisation: "Organisatie", country: "Land", signature: "Handtekening", confirmed: "Bevestigde deelnemers" },
  fr: { title: "Liste de présence", date: "Date", place: "Lieu", classification: "Restreint", name: "Nom", organisation: "Organisation", country: "Pays", signature: "Signature", confirmed: "Participants confirmés" },
  en: { title: "Sign-in sheet", date: "Date", place: "Place", classification: "Restricted", name: "Name", organisation: "Organisation", country: "Country", signature: "Signature", confirmed: "Confirmed participants" },
} as const;

/** The sign-in sheet of a training: one row per confirmed participant with room for a signature, restricted. */
export async function signInSheetPdf(training: TrainingRow, rows: readonly PresentedRegistration[], language: Language): Promise<Buffer> {
  const labels = LABELS[language];
  const confirmed = rows.filter((r) => r.status === "confirmed");
  const table: JSONContent = {
    type: "table",
    content: [
      { type: "tableRow", content: [labels.name, labels.organisation, labels.country, labels.signature].map((h) => tableCell("tableHeader", h)) },
      ...confirmed.map((r) => ({ type: "tableRow", content: [r.name, r.organisation, r.country, " "].map((v) => tableCell("tableCell", v)) })),
    ],
  };
  return renderPdf({
    title: `${labels.title}: ${training.title}`,
    language,
    classification: "restricted",
    metadata: [
      [labels.date, training.days.map((d) => `${d.date} ${d.startTime}–${d.endTime}`).join("\n")],
      [labels.place, training.place || "—"],
      [labels.confirmed, String(confirmed.length)],
    ],
    blocks: readDocument(doc([heading(2, labels.title), paragraph(training.title), table])),
    createdAt: new Date(),
  });
}
