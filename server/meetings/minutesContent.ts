/**
 * The first body of a meeting's minutes, as ProseMirror JSON in the shared editor schema: a header
 * (date, place, attendance per country, the empty chair's seat), then the agenda with, per item,
 * room for notes, the decisions with their victim-perspective note, and the action items.
 */
import type { JSONContent } from "@tiptap/core";
import { BRUSSELS } from "../../shared/brusselsTime";
import { COUNTRIES, type Country } from "../../shared/domain";
import type { AgendaTag } from "../../shared/meetings";
import { doc, heading, labelled, paragraph, tableCell, text } from "../documents/contentBuilders";
import { labelsFor } from "../documents/exporters/labels";
import { presentAttendance } from "../presenters/meetings";
import type { People } from "../presenters/people";
import type { MeetingRecord } from "./meetingStore";
import { fill, minutesLabels, voteCounts, type MinutesLabels } from "./minutesLabels";

export interface MinutesDecision {
  itemId: string;
  text: string;
  outcome: string;
  method: string;
  votes?: { for: number; against: number; abstain: number } | null;
  votesByCountry?: Array<{ country: string; for?: number | null; against?: number | null; abstain?: number | null }>;
  victimNote: { kind: string; text: string };
  archiveNumber?: string | null;
}

export interface MinutesAction {
  itemId: string;
  description: string;
  ownerId: string;
  dueDate?: string | null;
  status: string;
}

export interface MinutesSource {
  meeting: MeetingRecord;
  decisions: MinutesDecision[];
  actions: MinutesAction[];
  /** Participants and action owners. */
  people: People;
}

const labelledIn = (labels: MinutesLabels, label: string, value: string) => labelled(label, value, labels.colon);

function formatDate(date: Date, labels: MinutesLabels, options: Intl.DateTimeFormatOptions, timeZone = BRUSSELS): string {
  return new Intl.DateTimeFormat(labels.locale, { timeZone, ...options }).format(date);
}

/** A calendar date ("2026-04-01") in words, as it is: no time zone shift. */
function formatDay(day: string, labels: MinutesLabels): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  return formatDate(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))), labels, { dateStyle: "long" }, "UTC");
}

/** "Minutes — Autumn meeting — 14 March 2026", in the meeting's language, within the title limit. */
export function minutesTitle(meeting: Pick<MeetingRecord, "title" | "startsAt" | "language">, maxLength = 200): string {
  const labels = minutesLabels(meeting.language);
  const date = formatDate(meeting.startsAt, labels, { dateStyle: "long" });
  const room = maxLength - labels.minutes.length - date.length - 6;
  const title = meeting.title.length > room ? `${meeting.title.slice(0, Math.max(0, room - 1)).trimEnd()}…` : meeting.title;
  return `${labels.minutes} — ${title} — ${date}`;
}

/** The agenda's topics, in agenda order, once each. */
export function minutesTags(meeting: Pick<MeetingRecord, "agenda">): AgendaTag[] {
  return [...new Set((meeting.agenda ?? []).flatMap((entry) => (entry.tags ?? []) as AgendaTag[]))];
}

/** The countries of the participants' organisations. */
export function minutesCountries(meeting: MeetingRecord, people: People): Country[] {
  const present = new Set((meeting.participantIds ?? []).map((id) => people.get(id)?.country).filter(Boolean));
  return COUNTRIES.filter((country) => present.has(country));
}

function header(source: MinutesSource, labels: MinutesLabels): JSONContent[] {
  const { meeting, people } = source;
  const countryNames = labelsFor(meeting.language).countryNames;
  const ends = new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000);
  const when = `${formatDate(meeting.startsAt, labels, { dateStyle: "full" })}, ${formatDate(meeting.startsAt, labels, { timeStyle: "short" })}–${formatDate(ends, labels, { timeStyle: "short" })} (${labels.brusselsTime})`;
  const blocks: JSONContent[] = [labelledIn(labels, labels.date, when)];
  if (meeting.place) blocks.push(labelledIn(labels, labels.place, meeting.place));
  if (meeting.videoUrl) blocks.push(labelledIn(labels, labels.video, meeting.videoUrl));

  blocks.push(heading(2, labels.attendance));
  const attendance = presentAttendance(meeting, people);
  if (attendance.counts.length > 0) {
    const statuses = ["present", "excused", "absent", "unmarked"] as const;
    blocks.push({
      type: "table",
      content: [
        { type: "tableRow", content: [tableCell("tableHeader", labels.country), ...statuses.map((s) => tableCell("tableHeader", labels.attendanceStatuses[s]))] },
        ...attendance.counts.map((row) => ({
          type: "tableRow",
          content: [tableCell("tableCell", row.country === "none" ? labels.none : (countryNames[row.country] ?? row.country)), ...statuses.map((s) => tableCell("tableCell", String(row[s])))],
        })),
      ],
    });
    const names = (status: string) =>
      attendance.people.filter((p) => p.status === status).map((p) => (p.organisation ? `${p.name} (${p.organisation})` : p.name));
    for (const [status, label] of [["present", labels.namesPresent], ["excused", labels.namesExcused], ["absent", labels.namesAbsent]] as const) {
      const list = names(status);
      if (list.length > 0) blocks.push(labelledIn(labels, label, list.join(", ")));
    }
  }
  blocks.push(labelledIn(labels, labels.emptyChair, labels.emptyChairSeat));
  return blocks;
}

function decisionBlocks(decision: MinutesDecision, labels: MinutesLabels, countryNames: Record<string, string>): JSONContent[] {
  const votes = (v: { for?: number | null; against?: number | null; abstain?: number | null }) => voteCounts(labels, v);
  let method = labels.methods[decision.method as keyof MinutesLabels["methods"]] ?? decision.method;
  if (decision.method === "vote" && decision.votes) {
    const perCountry = (decision.votesByCountry ?? []).map((v) => `${countryNames[v.country] ?? v.country}${labels.colon}${votes(v)}`);
    method += ` (${votes(decision.votes)}${perCountry.length ? `; ${perCountry.join("; ")}` : ""})`;
  }
  const noteLabel = labels.victimNote[decision.victimNote.kind as keyof MinutesLabels["victimNote"]] ?? labels.victimNote.considered;
  const blocks = [
    labelledIn(labels, labels.decision, decision.text),
    paragraph(text(labels.outcome + labels.colon, "bold"), text(labels.outcomes[decision.outcome as keyof MinutesLabels["outcomes"]] ?? decision.outcome), text(" · "), text(labels.method + labels.colon, "bold"), text(method)),
    labelledIn(labels, noteLabel, decision.victimNote.text),
  ];
  if (decision.archiveNumber) blocks.push(paragraph(text(fill(labels.archived, { number: decision.archiveNumber }), "italic")));
  return blocks;
}

function actionList(actions: MinutesAction[], source: MinutesSource, labels: MinutesLabels): JSONContent {
  return {
    type: "taskList",
    content: actions.map((action) => {
      const details = [
        `${labels.owner} ${source.people.get(action.ownerId)?.name ?? labels.none}`,
        ...(action.dueDate ? [`${labels.due} ${formatDay(action.dueDate, labels)}`] : []),
        ...(action.status === "in_progress" ? [labels.actionStatuses.in_progress] : []),
      ];
      return { type: "taskItem", attrs: { checked: action.status === "done" }, content: [paragraph(text(`${action.description} (${details.join("; ")})`))] };
    }),
  };
}

/** Decisions, then action items, of one agenda item (or of items no longer on the agenda). */
function records(decisions: MinutesDecision[], actions: MinutesAction[], source: MinutesSource, labels: MinutesLabels): JSONContent[] {
  const countryNames = labelsFor(source.meeting.language).countryNames;
  const blocks = decisions.flatMap((d) => decisionBlocks(d, labels, countryNames));
  if (actions.length > 0) blocks.push(paragraph(text(labels.actionItems, "bold")), actionList(actions, source, labels));
  return blocks;
}

export function minutesContent(source: MinutesSource): JSONContent {
  const { meeting } = source;
  const labels = minutesLabels(meeting.language);
  const agenda = meeting.agenda ?? [];
  const itemIds = new Set(agenda.filter((e) => e.kind === "item").map((e) => e.id));
  const blocks = header(source, labels);
  if (agenda[0]?.kind !== "section") blocks.push(heading(2, labels.agenda));
  let number = 0;
  for (const entry of agenda) {
    if (entry.kind === "section") {
      blocks.push(heading(2, entry.title));
      continue;
    }
    number++;
    blocks.push(heading(3, `${number}. ${entry.title}`));
    const facts = [
      labels.itemTypes[(entry.type ?? "discussion") as keyof MinutesLabels["itemTypes"]],
      ...(entry.presenter ? [`${labels.presenter}${labels.colon}${entry.presenter}`] : []),
      ...(entry.plannedMinutes ? [fill(labels.planned, { count: entry.plannedMinutes })] : []),
    ];
    blocks.push(paragraph(text(facts.join(" · "), "italic")));
    if (entry.description) blocks.push(paragraph(text(entry.description)));
    blocks.push(paragraph(text(labels.notes, "bold")), paragraph());
    blocks.push(...records(source.decisions.filter((d) => d.itemId === entry.id), source.actions.filter((a) => a.itemId === entry.id), source, labels));
  }
  const otherDecisions = source.decisions.filter((d) => !itemIds.has(d.itemId));
  const otherActions = source.actions.filter((a) => !itemIds.has(a.itemId));
  if (otherDecisions.length + otherActions.length > 0) blocks.push(heading(2, labels.otherRecords), ...records(otherDecisions, otherActions, source, labels));
  return doc(blocks);
}
