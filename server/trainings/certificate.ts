import { doc, heading, paragraph } from "../documents/contentBuilders";
import { readDocument } from "../documents/exporters/model";
import type { Language } from "../../shared/languages";
import type { TrainingRow } from "./trainingStore";
import { renderPdf } from "../documents/exporters/lazyPdf";

const LABELS = {
  nl: { title: "Attest van deelname", attests: (name: string) => `Hierbij wordt bevestigd dat ${name} heeft deelgenomen aan`, date: "Datum", hours: "Uren", organiser: "Organisator", secretariat: "Benelux-secretariaat" },
  fr: { title: "Attestation de participation", attests: (name: string) => `Nous attestons que ${name} a participé à`, date: "Date", hours: "Heures", organiser: "Organisateur", secretariat: "Secrétariat Benelux" },
  en: { title: "Certificate of attendance", attests: (name: string) => `This certifies that ${name} attended`, date: "Date", hours: "Hours", organiser: "Organiser", secretariat: "Benelux secretariat" },
} as const;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** A certificate of attendance in the participant's language: name, training, dates, hours, organiser. */
export async function certificatePdf(training: TrainingRow, participant: { name: string; language: Language }): Promise<Buffer> {
  const labels = LABELS[participant.language];
  const hours = training.days.reduce((sum, d) => sum + (minutesOf(d.endTime) - minutesOf(d.startTime)) / 60, 0);
  const organiser = training.organiser === "secretariat" ? labels.secretariat : training.organiser;
  return renderPdf({
    title: labels.title,
    language: participant.language,
    classification: "internal",
    metadata: [
      [labels.date, training.days.map((d) => d.date).join(", ")],
      [labels.hours, String(Math.round(hours * 10) / 10)],
      [labels.organiser, organiser],
    ],
    blocks: readDocument(doc([heading(2, participant.name), paragraph(labels.attests(participant.name)), paragraph(training.title)])),
    createdAt: new Date(),
  });
}
