/** The words of the archive's PDF export around the records, in the reader's language. */
import type { Language } from "../../shared/languages";

export interface ArchivePdfLabels {
  title: string;
  search: string;
  allRecords: string;
  words: string;
  from: string;
  to: string;
  meeting: string;
  topic: string;
  records: string;
  /** "{shown} of {total}": when the export stops before the end of a long result. */
  truncated: string;
  noRecords: string;
  /** "{number}: amendment of {amends}". */
  amendmentHeading: string;
  /** A record's kind in words (the CSV's "kind" column). */
  kinds: { decision: string; amendment: string };
  item: string;
  tags: string;
  recordedBy: string;
  archived: string;
  reason: string;
  correctedBy: string;
  fingerprint: string;
  /** Said of a record that no longer matches its fingerprint. */
  integrityBroken: string;
}

const nl: ArchivePdfLabels = {
  title: "Besluitenarchief",
  search: "Zoekopdracht",
  allRecords: "Alle besluiten",
  words: "Woorden",
  from: "Vergaderingen vanaf",
  to: "Vergaderingen tot en met",
  meeting: "Vergadering",
  topic: "Onderwerp",
  records: "Besluiten",
  truncated: "De eerste {shown} van {total}; verfijn de zoekopdracht om de rest te exporteren",
  noRecords: "Geen besluiten gevonden voor deze zoekopdracht.",
  amendmentHeading: "{number}: wijziging van {amends}",
  kinds: { decision: "Besluit", amendment: "Wijziging" },
  item: "Agendapunt",
  tags: "Onderwerpen",
  recordedBy: "Vastgelegd door",
  archived: "Gearchiveerd",
  reason: "Reden van de correctie",
  correctedBy: "Gecorrigeerd door",
  fingerprint: "Vingerafdruk",
  integrityBroken: "Waarschuwing: dit besluit komt niet meer overeen met zijn vingerafdruk. Het is buiten Greychair gewijzigd; citeer het niet.",
};

const fr: ArchivePdfLabels = {
  title: "Archives des décisions",
  search: "Recherche",
  allRecords: "Toutes les décisions",
  words: "Mots",
  from: "Réunions à partir du",
  to: "Réunions jusqu'au",
  meeting: "Réunion",
  topic: "Thème",
  records: "Décisions",
  truncated: "Les {shown} premières sur {total} ; affinez la recherche pour exporter le reste",
  noRecords: "Aucune décision ne correspond à cette recherche.",
  amendmentHeading: "{number} : amendement de {amends}",
  kinds: { decision: "Décision", amendment: "Amendement" },
  item: "Point de l'ordre du jour",
  tags: "Thèmes",
  recordedBy: "Enregistrée par",
  archived: "Archivée",
  reason: "Motif de la correction",
  correctedBy: "Corrigée par",
  fingerprint: "Empreinte",
  integrityBroken: "Attention : cette décision ne correspond plus à son empreinte. Elle a été modifiée en dehors de Greychair ; ne la citez pas.",
};

const en: ArchivePdfLabels = {
  title: "Decision archive",
  search: "Search",
  allRecords: "All records",
  words: "Words",
  from: "Meetings from",
  to: "Meetings until",
  meeting: "Meeting",
  topic: "Topic",
  records: "Records",
  truncated: "The first {shown} of {total}; narrow the search to export the rest",
  noRecords: "No records match this search.",
  amendmentHeading: "{number}: amendment of {amends}",
  kinds: { decision: "Decision", amendment: "Amendment" },
  item: "Agenda item",
  tags: "Topics",
  recordedBy: "Recorded by",
  archived: "Archived",
  reason: "Reason for the correction",
  correctedBy: "Corrected by",
  fingerprint: "Fingerprint",
  integrityBroken: "Warning: this record no longer matches its fingerprint. It was changed outside Greychair; do not cite it.",
};

const LABELS: Record<Language, ArchivePdfLabels> = { nl, fr, en };

export function archivePdfLabels(language: string): ArchivePdfLabels {
  return (LABELS as Record<string, ArchivePdfLabels | undefined>)[language] ?? en;
}
