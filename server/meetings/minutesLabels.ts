/**
 * The words of a minutes document, in the meeting's language: the minutes are written for the
 * meeting, not for whoever pressed the button. Country and tag names come from the export labels.
 */
import type { Language } from "../../shared/languages";
import { pluralIn, type Plural } from "../i18n/plural";
import type { ActionStatus, AgendaItemType, AttendanceStatus, DecisionMethod, DecisionOutcome, VictimNoteKind } from "../../shared/meetings";

export interface MinutesLabels {
  locale: string;
  /** What follows a label: ": ", or " : " in French (with a no-break space). */
  colon: string;
  /** "Minutes", first word of the document title. */
  minutes: string;
  /** The name of the frozen version made at sign-off. */
  approvedVersion: string;
  date: string;
  place: string;
  video: string;
  brusselsTime: string;
  attendance: string;
  country: string;
  attendanceStatuses: Record<AttendanceStatus | "unmarked", string>;
  /** "Present: …", "Excused: …": the names per status. */
  namesPresent: string;
  namesExcused: string;
  namesAbsent: string;
  emptyChair: string;
  emptyChairSeat: string;
  agenda: string;
  itemTypes: Record<AgendaItemType, string>;
  presenter: string;
  /** "{count} min planned". */
  planned: string;
  notes: string;
  decision: string;
  outcome: string;
  method: string;
  outcomes: Record<DecisionOutcome, string>;
  methods: Record<DecisionMethod, string>;
  /** "{for} for, {against} against, {abstain}": {abstain} is `abstentions` for the count (voteCounts()). */
  votes: string;
  abstentions: Plural;
  victimNote: Record<VictimNoteKind, string>;
  /** "Archived as {number}". */
  archived: string;
  actionItems: string;
  owner: string;
  due: string;
  actionStatuses: Record<ActionStatus, string>;
  /** Records whose agenda item was removed after they were recorded. */
  otherRecords: string;
  none: string;
}

const nl: MinutesLabels = {
  locale: "nl-BE",
  colon: ": ",
  minutes: "Notulen",
  approvedVersion: "Goedgekeurde notulen",
  date: "Datum",
  place: "Plaats",
  video: "Videoverbinding",
  brusselsTime: "Brusselse tijd",
  attendance: "Aanwezigheid",
  country: "Land",
  attendanceStatuses: { present: "Aanwezig", excused: "Verontschuldigd", absent: "Afwezig", unmarked: "Niet aangeduid" },
  namesPresent: "Aanwezig",
  namesExcused: "Verontschuldigd",
  namesAbsent: "Afwezig",
  emptyChair: "De lege stoel",
  emptyChairSeat: "Eén plaats, vrijgehouden voor de slachtoffers van mensenhandel, zoals bij elke vergadering.",
  agenda: "Agenda",
  itemTypes: { information: "Ter informatie", discussion: "Ter bespreking", decision: "Ter besluitvorming" },
  presenter: "Inleider",
  planned: "{count} min gepland",
  notes: "Verslag",
  decision: "Besluit",
  outcome: "Uitkomst",
  method: "Wijze",
  outcomes: { adopted: "Aangenomen", rejected: "Verworpen", postponed: "Uitgesteld" },
  methods: { consensus: "Bij consensus", vote: "Bij stemming" },
  votes: "{for} voor, {against} tegen, {abstain}",
  abstentions: { one: "{count} onthouding", other: "{count} onthoudingen" },
  victimNote: { considered: "Perspectief van het slachtoffer", not_applicable: "Perspectief van het slachtoffer niet van toepassing" },
  archived: "Gearchiveerd als {number}",
  actionItems: "Actiepunten",
  owner: "door",
  due: "uiterlijk",
  actionStatuses: { open: "te doen", in_progress: "bezig", done: "klaar" },
  otherRecords: "Overige besluiten en actiepunten",
  none: "—",
};

const fr: MinutesLabels = {
  locale: "fr-BE",
  colon: "\u00a0: ",
  minutes: "Procès-verbal",
  approvedVersion: "Procès-verbal approuvé",
  date: "Date",
  place: "Lieu",
  video: "Visioconférence",
  brusselsTime: "heure de Bruxelles",
  attendance: "Présences",
  country: "Pays",
  attendanceStatuses: { present: "Présents", excused: "Excusés", absent: "Absents", unmarked: "Non indiqué" },
  namesPresent: "Présents",
  namesExcused: "Excusés",
  namesAbsent: "Absents",
  emptyChair: "La chaise vide",
  emptyChairSeat: "Une place, laissée libre pour les victimes de la traite, comme à chaque réunion.",
  agenda: "Ordre du jour",
  itemTypes: { information: "Pour information", discussion: "Pour discussion", decision: "Pour décision" },
  presenter: "Présentation",
  planned: "{count} min prévues",
  notes: "Compte rendu",
  decision: "Décision",
  outcome: "Résultat",
  method: "Mode",
  outcomes: { adopted: "Adoptée", rejected: "Rejetée", postponed: "Reportée" },
  methods: { consensus: "Par consensus", vote: "Par vote" },
  votes: "{for} pour, {against} contre, {abstain}",
  abstentions: { one: "{count} abstention", other: "{count} abstentions" },
  victimNote: { considered: "Perspective de la victime", not_applicable: "Perspective de la victime non applicable" },
  archived: "Archivée sous le numéro {number}",
  actionItems: "Points d'action",
  owner: "par",
  due: "pour le",
  actionStatuses: { open: "à faire", in_progress: "en cours", done: "fait" },
  otherRecords: "Autres décisions et points d'action",
  none: "—",
};

const en: MinutesLabels = {
  locale: "en-GB",
  colon: ": ",
  minutes: "Minutes",
  approvedVersion: "Approved minutes",
  date: "Date",
  place: "Place",
  video: "Video link",
  brusselsTime: "Brussels time",
  attendance: "Attendance",
  country: "Country",
  attendanceStatuses: { present: "Present", excused: "Excused", absent: "Absent", unmarked: "Not marked" },
  namesPresent: "Present",
  namesExcused: "Excused",
  namesAbsent: "Absent",
  emptyChair: "The empty chair",
  emptyChairSeat: "one seat, kept free for the victims of trafficking, as at every meeting.",
  agenda: "Agenda",
  itemTypes: { information: "For information", discussion: "For discussion", decision: "For decision" },
  presenter: "Presenter",
  planned: "{count} min planned",
  notes: "Notes",
  decision: "Decision",
  outcome: "Outcome",
  method: "Method",
  outcomes: { adopted: "Adopted", rejected: "Rejected", postponed: "Postponed" },
  methods: { consensus: "By consensus", vote: "By vote" },
  votes: "{for} for, {against} against, {abstain}",
  abstentions: { one: "{count} abstention", other: "{count} abstentions" },
  victimNote: { considered: "Victim's perspective", not_applicable: "Victim's perspective does not apply" },
  archived: "Archived as {number}",
  actionItems: "Action items",
  owner: "owner",
  due: "due",
  actionStatuses: { open: "to do", in_progress: "in progress", done: "done" },
  otherRecords: "Other decisions and action items",
  none: "—",
};

const LABELS: Record<Language, MinutesLabels> = { nl, fr, en };

export function minutesLabels(language: string): MinutesLabels {
  return (LABELS as Record<string, MinutesLabels | undefined>)[language] ?? en;
}

/** Fills "{name}" placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** "5 voor, 0 tegen, 1 onthouding": the vote counts in words, the abstentions counted in the language's plural. */
export function voteCounts(labels: MinutesLabels, votes: { for?: number | null; against?: number | null; abstain?: number | null }): string {
  const abstain = votes.abstain ?? 0;
  return fill(labels.votes, { for: votes.for ?? 0, against: votes.against ?? 0, abstain: pluralIn(labels.locale, labels.abstentions, abstain) });
}
