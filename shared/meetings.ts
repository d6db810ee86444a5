/** Vocabulary and limits of meetings, agendas, decisions and the archive (PRODUCT.md §1, §2, §4). */
import { DOCUMENT_TAGS } from "./documents";

/** "cancelled": called off before it started (participants are told, calendars get a CANCEL). */
export const MEETING_STATUSES = ["draft", "scheduled", "in_progress", "closed", "finalised", "cancelled"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const AGENDA_ITEM_TYPES = ["information", "discussion", "decision"] as const;
export type AgendaItemType = (typeof AGENDA_ITEM_TYPES)[number];

/** Agenda items, prompts and archive records use the tags of good-practice documents: one vocabulary. */
export const AGENDA_TAGS = DOCUMENT_TAGS;
export type AgendaTag = (typeof AGENDA_TAGS)[number];

export const ATTENDANCE_STATUSES = ["present", "excused", "absent"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const DECISION_OUTCOMES = ["adopted", "rejected", "postponed"] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const DECISION_METHODS = ["consensus", "vote"] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];

/** "considered": how the victim's perspective was weighed; "not_applicable": why it does not apply. */
export const VICTIM_NOTE_KINDS = ["considered", "not_applicable"] as const;
export type VictimNoteKind = (typeof VICTIM_NOTE_KINDS)[number];

export const ACTION_STATUSES = ["open", "in_progress", "done"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const PROPOSAL_STATUSES = ["pending", "accepted", "declined"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Statuses in which the agenda can still change. */
export const AGENDA_EDITABLE: readonly MeetingStatus[] = ["draft", "scheduled", "in_progress"];
/** Statuses in which a meeting can still be called off: before it starts. */
export const CANCELLABLE: readonly MeetingStatus[] = ["draft", "scheduled"];
/** Statuses in which decisions and action items can be recorded or changed. */
export const RECORDING_OPEN: readonly MeetingStatus[] = ["in_progress", "closed"];

export const MEETING_LIMITS = {
  titleMax: 200,
  placeMax: 300,
  urlMax: 500,
  durationMinMinutes: 15,
  durationMaxMinutes: 12 * 60,
  participantsMax: 200,
  agendaEntriesMax: 80,
  itemTitleMax: 200,
  presenterMax: 120,
  descriptionMax: 4000,
  plannedMinutesMax: 480,
  documentLinksMax: 10,
  tagsMax: 11,
  decisionTextMax: 4000,
  /** A "considered" note must say something: at least a short sentence. */
  victimNoteMin: 20,
  victimNoteMax: 4000,
  /** "Not applicable" needs a reason too. */
  notApplicableReasonMin: 10,
  voteCountMax: 1000,
  actionDescriptionMax: 1000,
  promptTextMax: 600,
  amendmentReasonMax: 1000,
  searchTextMax: 200,
} as const;

/** Archive numbers look like BNL-2026-014. */
export const ARCHIVE_NUMBER_PATTERN = /^BNL-\d{4}-\d{3,}$/;
