/**
 * The archive's search result as a PDF, in the reader's language: each record with its number, date,
 * meeting, text, outcome, method, victim-perspective note and who recorded it; amendments say which
 * record they correct. Laid out by the document exporter (A4, internal marking and "page X of Y" on
 * every page, embedded Unicode fonts); the body goes through its content model like any document.
 */
import type { JSONContent } from "@tiptap/core";
import { BRUSSELS } from "../../shared/brusselsTime";
import type { PresentedArchiveRecord } from "../../shared/meetingTypes";
import { doc, heading, labelled, paragraph, text } from "../documents/contentBuilders";
import { formatDateTime, labelsFor } from "../documents/exporters/labels";
import { readDocument } from "../documents/exporters/model";
import type { PdfOptions } from "../documents/exporters/pdf";
import { fill, minutesLabels, voteCounts } from "../meetings/minutesLabels";
import { archivePdfLabels } from "./archivePdfLabels";
import { renderPdf } from "../documents/exporters/lazyPdf";

export interface ArchivePdfInput {
  records: PresentedArchiveRecord[];
  /** How many records the search found (more than `records` when the export stops early). */
  total: number;
  query: { q?: string; from?: string; to?: string; meetingId?: string; outcome?: string; tag?: string };
  language: string;
  exportedBy: string;
  exportedAt: Date;
}

/** The archive is the working group's: every page carries the internal marking. */
const CLASSIFICATION = "internal";

export async function archivePdf(input: ArchivePdfInput, options: PdfOptions = {}): Promise<Buffer> {
  const labels = archivePdfLabels(input.language);
  const words = minutesLabels(input.language);
  const exportLabels = labelsFor(input.language);
  const colon = words.colon;
  const longDate = new Intl.DateTimeFormat(words.locale, { timeZone: BRUSSELS, dateStyle: "long" });
  const day = (value: string) => new Intl.DateTimeFormat(words.locale, { timeZone: "UTC", dateStyle: "long" }).format(new Date(`${value}T00:00:00Z`));
  const { query } = input;

  const filters = [
    ...(query.q ? [`${labels.words}${colon}“${query.q}”`] : []),
    ...(query.from ? [`${labels.from}${colon}${day(query.from)}`] : []),
    ...(query.to ? [`${labels.to}${colon}${day(query.to)}`] : []),
    ...(query.meetingId ? [`${labels.meeting}${colon}${input.records.find((r) => r.meetingId === query.meetingId)?.meetingTitle ?? query.meetingId}`] : []),
    ...(query.outcome ? [`${words.outcome}${colon}${words.outcomes[query.outcome as keyof typeof words.outcomes] ?? query.outcome}`] : []),
    ...(query.tag ? [`${labels.topic}${colon}${exportLabels.tagNames[query.tag] ?? query.tag}`] : []),
  ];
  const count = input.total > input.records.length ? fill(labels.truncated, { shown: input.records.length, total: input.total }) : String(input.records.length);

  const record = (r: PresentedArchiveRecord): JSONContent[] => {
    const votes = r.method === "vote" && r.votes ? ` (${voteCounts(words, r.votes)})` : "";
    const field = (label: string, value: string) => labelled(label, value, colon);
    return [
      heading(2, r.kind === "amendment" && r.amends ? fill(labels.amendmentHeading, { number: r.number, amends: r.amends }) : r.number),
      ...(r.integrity === "broken" ? [paragraph(text(labels.integrityBroken, "bold"))] : []),
      field(words.date, longDate.format(new Date(r.meetingDate))),
      field(labels.meeting, r.meetingTitle),
      ...(r.itemTitle ? [field(labels.item, r.itemTitle)] : []),
      field(words.decision, r.text),
      paragraph(text(words.outcome + colon, "bold"), words.outcomes[r.outcome], " · ", text(words.method + colon, "bold"), words.methods[r.method] + votes),
      field(words.victimNote[r.victimNote.kind], r.victimNote.text),
      ...(r.tags.length ? [field(labels.tags, r.tags.map((tag) => exportLabels.tagNames[tag] ?? tag).join(", "))] : []),
      ...(r.recordedBy ? [field(labels.recordedBy, r.recordedBy)] : []),
      ...(r.kind === "amendment" && r.reason ? [field(labels.reason, r.reason)] : []),
      ...(r.amendedBy.length ? [field(labels.correctedBy, r.amendedBy.join(", "))] : []),
      field(labels.archived, [formatDateTime(new Date(r.archivedAt), exportLabels), r.archivedBy].filter(Boolean).join(", ")),
      paragraph(text(`${labels.fingerprint}${colon}${r.hash}`, "italic")),
    ];
  };

  const body = input.records.length ? input.records.flatMap(record) : [paragraph(labels.noRecords)];
  return renderPdf(
    {
      title: labels.title,
      language: input.language,
      classification: CLASSIFICATION,
      metadata: [
        [exportLabels.classification, exportLabels.classifications[CLASSIFICATION]],
        [labels.search, filters.length ? filters.join("\n") : labels.allRecords],
        [labels.records, count],
        [exportLabels.exportedAt, formatDateTime(input.exportedAt, exportLabels)],
        [exportLabels.exportedBy, input.exportedBy || exportLabels.none],
      ],
      blocks: readDocument(doc(body)),
      keywords: labels.title,
      createdAt: input.exportedAt,
    },
    options,
  );
}
