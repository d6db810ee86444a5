/**
 * The words an export prints around the document body, in the document's own language: metadata
 * labels, vocabulary names and the classification marking that goes on every page.
 */
import type { ExportMeta } from "./types";

export type ExportLanguage = ExportMeta["language"];
export type ExportClassification = ExportMeta["classification"];
export type ExportStatus = ExportMeta["status"];

export interface ExportLabels {
  /** BCP 47 tag for dates, `lang` attributes and spell-checking. */
  locale: string;
  title: string;
  metadata: string;
  language: string;
  classification: string;
  status: string;
  countries: string;
  tags: string;
  authors: string;
  updatedAt: string;
  exportedAt: string;
  exportedBy: string;
  /** Shown for an empty list. */
  none: string;
  /** "Page {page} of {pages}". */
  pageOf: string;
  taskDone: string;
  taskOpen: string;
  languages: Record<ExportLanguage, string>;
  classifications: Record<ExportClassification, string>;
  /** The marking printed at the top and bottom of every page. */
  markings: Record<ExportClassification, string>;
  statuses: Record<ExportStatus, string>;
  countryNames: Record<string, string>;
  tagNames: Record<string, string>;
}

const nl: ExportLabels = {
  locale: "nl-BE",
  title: "Titel",
  metadata: "Documentgegevens",
  language: "Taal",
  classification: "Rubricering",
  status: "Status",
  countries: "Landen",
  tags: "Trefwoorden",
  authors: "Auteurs",
  updatedAt: "Laatst gewijzigd",
  exportedAt: "Geëxporteerd op",
  exportedBy: "Geëxporteerd door",
  none: "—",
  pageOf: "Pagina {page} van {pages}",
  taskDone: "afgerond",
  taskOpen: "open",
  languages: { nl: "Nederlands", fr: "Frans", en: "Engels" },
  classifications: { public: "Openbaar", internal: "Intern", restricted: "Vertrouwelijk (beperkt)" },
  markings: {
    public: "OPENBAAR — Benelux-werkgroep mensenhandel, vrij te verspreiden",
    internal: "INTERN — Benelux-werkgroep mensenhandel, uitsluitend voor de leden, niet verspreiden buiten de werkgroep",
    restricted: "VERTROUWELIJK (beperkt) — Benelux-werkgroep, uitsluitend voor de aangewezen leden, niet verspreiden",
  },
  statuses: { draft: "Concept", published: "Gepubliceerd", archived: "Gearchiveerd" },
  countryNames: { BE: "België", NL: "Nederland", LU: "Luxemburg", other: "Ander land" },
  tagNames: {
    sexual: "Seksuele uitbuiting",
    labour: "Arbeidsuitbuiting",
    forced_begging: "Gedwongen bedelarij",
    forced_criminality: "Gedwongen criminaliteit",
    organ_removal: "Orgaanverwijdering",
    identification: "Identificatie",
    shelter_and_care: "Opvang en zorg",
    referral: "Doorverwijzing",
    investigation_and_prosecution: "Opsporing en vervolging",
    residence_permits: "Verblijfsvergunningen",
    prevention: "Preventie",
  },
};

const fr: ExportLabels = {
  locale: "fr-BE",
  title: "Titre",
  metadata: "Informations sur le document",
  language: "Langue",
  classification: "Classification",
  status: "Statut",
  countries: "Pays",
  tags: "Mots-clés",
  authors: "Auteurs",
  updatedAt: "Dernière modification",
  exportedAt: "Exporté le",
  exportedBy: "Exporté par",
  none: "—",
  pageOf: "Page {page} sur {pages}",
  taskDone: "terminé",
  taskOpen: "à faire",
  languages: { nl: "Néerlandais", fr: "Français", en: "Anglais" },
  classifications: { public: "Public", internal: "Interne", restricted: "Restreint" },
  markings: {
    public: "PUBLIC — Groupe de travail Benelux traite des êtres humains, diffusion libre",
    internal: "INTERNE — Groupe de travail Benelux traite des êtres humains, réservé aux membres, ne pas diffuser hors du groupe",
    restricted: "RESTREINT — Groupe de travail Benelux, réservé aux membres désignés, ne pas diffuser",
  },
  statuses: { draft: "Projet", published: "Publié", archived: "Archivé" },
  countryNames: { BE: "Belgique", NL: "Pays-Bas", LU: "Luxembourg", other: "Autre pays" },
  tagNames: {
    sexual: "Exploitation sexuelle",
    labour: "Exploitation par le travail",
    forced_begging: "Mendicité forcée",
    forced_criminality: "Criminalité forcée",
    organ_removal: "Prélèvement d'organes",
    identification: "Identification",
    shelter_and_care: "Accueil et accompagnement",
    referral: "Orientation",
    investigation_and_prosecution: "Enquêtes et poursuites",
    residence_permits: "Titres de séjour",
    prevention: "Prévention",
  },
};

const en: ExportLabels = {
  locale: "en-GB",
  title: "Title",
  metadata: "Document information",
  language: "Language",
  classification: "Classification",
  status: "Status",
  countries: "Countries",
  tags: "Tags",
  authors: "Authors",
  updatedAt: "Last modified",
  exportedAt: "Exported on",
  exportedBy: "Exported by",
  none: "—",
  pageOf: "Page {page} of {pages}",
  taskDone: "done",
  taskOpen: "to do",
  languages: { nl: "Dutch", fr: "French", en: "English" },
  classifications: { public: "Public", internal: "Internal", restricted: "Restricted" },
  markings: {
    public: "PUBLIC — Benelux working group against trafficking in human beings, may be distributed freely",
    internal: "INTERNAL — Benelux working group against trafficking in human beings, members only, do not distribute outside the group",
    restricted: "RESTRICTED — Benelux working group, designated members only, do not distribute",
  },
  statuses: { draft: "Draft", published: "Published", archived: "Archived" },
  countryNames: { BE: "Belgium", NL: "Netherlands", LU: "Luxembourg", other: "Other country" },
  tagNames: {
    sexual: "Sexual exploitation",
    labour: "Labour exploitation",
    forced_begging: "Forced begging",
    forced_criminality: "Forced criminality",
    organ_removal: "Organ removal",
    identification: "Identification",
    shelter_and_care: "Shelter and care",
    referral: "Referral",
    investigation_and_prosecution: "Investigation and prosecution",
    residence_permits: "Residence permits",
    prevention: "Prevention",
  },
};

const LABELS: Record<ExportLanguage, ExportLabels> = { nl, fr, en };

/** The labels of a language; an unknown language falls back to English rather than failing. */
export function labelsFor(language: string): ExportLabels {
  return (LABELS as Record<string, ExportLabels | undefined>)[language] ?? en;
}

/** The classification marking for every page, in the export's language. */
export function classificationMarking(meta: Pick<ExportMeta, "language" | "classification">): string {
  const labels = labelsFor(meta.language);
  return (labels.markings as Record<string, string | undefined>)[meta.classification] ?? labels.markings.restricted;
}

/** "Page 2 of 7" in the export's language. */
export function pageOf(labels: ExportLabels, page: number | string, pages: number | string): string {
  return labels.pageOf.replace("{page}", String(page)).replace("{pages}", String(pages));
}

/**
 * The "Page {page} of {pages}" template cut around its placeholders, for formats that fill in the
 * numbers themselves (DOCX fields): ["Page ", "page", " of ", "pages", ""].
 */
export function pageOfParts(labels: ExportLabels): Array<string | { field: "page" | "pages" }> {
  return labels.pageOf
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== "")
    .map((part) => (part === "{page}" ? { field: "page" } : part === "{pages}" ? { field: "pages" } : part));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date and time as people in Brussels read it: "3 maart 2026 14:05 CET". */
export function formatDateTime(date: Date, labels: ExportLabels): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return labels.none;
  let format = dateFormats.get(labels.locale);
  if (!format) {
    format = new Intl.DateTimeFormat(labels.locale, {
      timeZone: "Europe/Brussels",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
    dateFormats.set(labels.locale, format);
  }
  return format.format(date);
}

/** The metadata block shared by all formats, as label/value pairs in display order. */
export function metadataRows(meta: ExportMeta): Array<[label: string, value: string]> {
  const labels = labelsFor(meta.language);
  const list = (values: string[], names: Record<string, string>) =>
    Array.isArray(values) && values.length > 0 ? values.map((value) => names[value] ?? String(value)).join(", ") : labels.none;
  return [
    [labels.classification, (labels.classifications as Record<string, string | undefined>)[meta.classification] ?? String(meta.classification)],
    [labels.status, (labels.statuses as Record<string, string | undefined>)[meta.status] ?? String(meta.status)],
    [labels.language, (labels.languages as Record<string, string | undefined>)[meta.language] ?? String(meta.language)],
    [labels.countries, list(meta.countries, labels.countryNames)],
    [labels.tags, list(meta.tags, labels.tagNames)],
    [labels.authors, list(meta.authors, {})],
    [labels.updatedAt, formatDateTime(meta.updatedAt, labels)],
    [labels.exportedAt, formatDateTime(meta.exportedAt, labels)],
    [labels.exportedBy, String(meta.exportedBy ?? "") || labels.none],
  ];
}
