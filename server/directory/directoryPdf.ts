/**
 * The directory as a PDF, laid out like the brochure's contact list: per country, per organisation
 * (its address, website and general channels), then its entries with their channels and the date of
 * their last verification. Drawn by the document exporter's renderPdf, so every page carries the
 * "internal" marking and "page X of Y", in the exporter's font.
 */
import type { JSONContent } from "@tiptap/core";
import { BRUSSELS } from "../../shared/brusselsTime";
import { heading, labelled, paragraph, doc, text } from "../documents/contentBuilders";
import { formatDateTime, labelsFor } from "../documents/exporters/labels";
import { readDocument } from "../documents/exporters/model";
import type { PdfOptions } from "../documents/exporters/pdf";
import { organisationDiscipline, type OrganisationDocument } from "../models/Organisation";
import { displayName } from "../presenters/directory";
import { directoryLabels, fillLabel, languageName, type DirectoryLabels } from "./directoryLabels";
import { exportedMobile, type ExportEntry, type ExportQuery, type ExportSet } from "./exportSet";
import { freshnessStatus } from "./freshness";
import { renderPdf } from "../documents/exporters/lazyPdf";

/** The directory is internal: it is never published, and every page says so. */
const CLASSIFICATION = "internal";

export interface DirectoryPdfInput {
  set: ExportSet;
  query: ExportQuery;
  language: string;
  exportedBy: string;
  exportedAt: Date;
}

function selection(query: ExportQuery, labels: DirectoryLabels, countryNames: Record<string, string>): string[] {
  const c = labels.colon;
  return [
    ...(query.q ? [`${labels.words}${c}“${query.q}”`] : []),
    ...(query.country ? [`${labels.country}${c}${countryNames[query.country] ?? query.country}`] : []),
    ...(query.discipline ? [`${labels.discipline}${c}${labels.disciplines[query.discipline]}`] : []),
    ...(query.tag ? [`${labels.tag}${c}${labels.tagNames[query.tag]}`] : []),
    ...(query.language ? [`${labels.language}${c}${languageName(query.language, labels)}`] : []),
    ...(query.kind ? [`${labels.kind}${c}${labels.kinds[query.kind]}`] : []),
    ...(query.status ? [`${labels.status}${c}${labels.freshness[query.status]}`] : []),
  ];
}

function organisationBlock(organisation: OrganisationDocument | undefined, labels: DirectoryLabels, language: string): JSONContent[] {
  if (!organisation) return [];
  const c = labels.colon;
  const localName = organisation.officialNames?.[language as "nl" | "fr" | "en"] ?? "";
  const line = (label: string, value: string | undefined | null) => (value ? [labelled(label, value, c)] : []);
  const address = [organisation.address?.street, [organisation.address?.postalCode, organisation.address?.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return [
    heading(2, organisation.name),
    paragraph(text([localName && localName !== organisation.name ? localName : "", labels.disciplines[organisationDiscipline(organisation)]].filter(Boolean).join(" · "), "italic")),
    ...line(labels.address, address),
    ...line(labels.website, organisation.website),
    ...line(labels.switchboard, organisation.channels?.switchboard),
    ...line(labels.secureMailbox, organisation.channels?.secureMailbox),
    ...line(labels.hours, organisation.channels?.hours),
    ...line(labels.available24x7, organisation.channels?.available24x7 ? labels.yes : labels.no),
    ...line(labels.languages, (organisation.languages ?? []).map((code) => languageName(code, labels)).join(", ")),
  ];
}

function entryBlock(entry: ExportEntry, set: ExportSet, labels: DirectoryLabels, day: Intl.DateTimeFormat, now: Date): JSONContent[] {
  const c = labels.colon;
  const line = (label: string, value: string | undefined | null) => (value ? [labelled(label, value, c)] : []);
  const verifiedBy = entry.verifiedBy ? set.people.get(entry.verifiedBy) : undefined;
  const status = freshnessStatus(entry.nextVerificationAt, now);
  const verified = verifiedBy ? fillLabel(labels.verifiedOnBy, { date: day.format(entry.verifiedAt), name: verifiedBy }) : day.format(entry.verifiedAt);
  return [
    heading(3, displayName(entry)),
    ...(entry.kind === "person" ? line(labels.function, entry.function) : []),
    ...line(labels.phone, entry.channels?.phone),
    ...line(labels.mobile, exportedMobile(entry, set)),
    ...line(labels.email, entry.channels?.email),
    ...line(labels.secureEmail, entry.channels?.secureEmail),
    ...line(labels.hours, entry.channels?.hours),
    ...line(labels.languages, (entry.languages ?? []).map((code) => languageName(code, labels)).join(", ")),
    ...line(labels.tags, (entry.tags ?? []).map((tag) => labels.tagNames[tag as keyof typeof labels.tagNames] ?? tag).join(", ")),
    ...line(labels.notes, entry.notes),
    paragraph(text(labels.lastVerified + c, "bold"), verified + (status === "fresh" ? "" : ` (${labels.freshness[status]})`)),
  ];
}

export async function directoryPdf(input: DirectoryPdfInput, now: Date, options: PdfOptions = {}): Promise<Buffer> {
  const { set, language } = input;
  const labels = directoryLabels(language);
  const exportLabels = labelsFor(language);
  const day = new Intl.DateTimeFormat(labels.locale, { timeZone: BRUSSELS, dateStyle: "long" });
  const filters = selection(input.query, labels, exportLabels.countryNames);
  const count = set.total > set.entries.length ? fillLabel(labels.truncated, { shown: set.entries.length, total: set.total }) : String(set.entries.length);

  const body: JSONContent[] = [paragraph(labels.intro)];
  if (!set.includeMobiles) body.push(paragraph(text(labels.mobilesLeftOut, "italic")));
  if (set.entries.length === 0) body.push(paragraph(labels.noEntries));
  for (const group of set.groups) {
    body.push(heading(1, exportLabels.countryNames[group.country] ?? group.country));
    for (const block of group.organisations) {
      body.push(...organisationBlock(block.organisation, labels, language));
      for (const entry of block.entries) body.push(...entryBlock(entry, set, labels, day, now));
    }
  }

  return renderPdf(
    {
      title: labels.title,
      language,
      classification: CLASSIFICATION,
      metadata: [
        [exportLabels.classification, exportLabels.classifications[CLASSIFICATION]],
        [labels.filters, filters.length ? filters.join("\n") : labels.allEntries],
        [labels.entries, count],
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
