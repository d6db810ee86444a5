/** Shapes the meeting, agenda, decision and archive presenters return; both sides import them. */
import type { Country, Role } from "./domain";
import type { Language } from "./languages";
import type { PresentedDocument } from "./types";
import type {
  ActionStatus,
  AgendaItemType,
  AgendaTag,
  AttendanceStatus,
  DecisionMethod,
  DecisionOutcome,
  MeetingStatus,
  ProposalStatus,
  VictimNoteKind,
} from "./meetings";

export interface PersonRef {
  id: string;
  name: string;
}

export interface PresentedParticipant extends PersonRef {
  role: Role;
  organisation: string | null;
  country: Country | null;
}

export interface PresentedMeetingSummary {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  place: string;
  videoUrl: string;
  language: Language;
  status: MeetingStatus;
  participantCount: number;
}

/** One entry of the ordered agenda: an item, or a section heading that groups the items after it. */
export interface AgendaEntry {
  id: string;
  kind: "item" | "section";
  title: string;
  type: AgendaItemType;
  presenter: string;
  plannedMinutes: number;
  description: string;
  documentIds: string[];
  tags: AgendaTag[];
  /** Contact points this item refers to (cards: GET /api/contact-points/cards?ids=…). */
  contactPointIds?: string[];
}

export interface PresentedAgenda {
  meetingId: string;
  /** Increases with every change; a client drops broadcasts older than what it shows. */
  version: number;
  entries: AgendaEntry[];
}

/** What happens now in a running meeting; late joiners compute the timer from it. */
export interface PresentedLiveState {
  meetingId: string;
  status: MeetingStatus;
  currentItemId: string | null;
  /** The running timer, if any: its item and when it (re)started. */
  timer: { itemId: string; runningSince: string } | null;
  /** Time already spent per item, not counting the running stretch. */
  elapsedMs: Record<string, number>;
  /** The server's clock when this was sent, so clients can correct their own. */
  serverTime: string;
}

export interface PresentedAttendance {
  meetingId: string;
  people: Array<PresentedParticipant & { status: AttendanceStatus | null }>;
  /** Per country: how many present, excused, absent, not yet marked. */
  counts: Array<{ country: Country | "none"; present: number; excused: number; absent: number; unmarked: number }>;
}

/** What the signed-in user may do with this meeting (the server checks again on every call). */
export interface MeetingPermissions {
  edit: boolean;
  editAgenda: boolean;
  propose: boolean;
  run: boolean;
  markAttendance: boolean;
  recordDecisions: boolean;
  manageActions: boolean;
  finalise: boolean;
  /** Reopen a closed meeting that is not finalised. */
  reopen: boolean;
  /** Create the minutes document (or open it, once it exists). */
  createMinutes: boolean;
  /** Cancel the meeting (before it starts). */
  cancel: boolean;
}

export interface PresentedMeeting extends PresentedMeetingSummary {
  participants: PresentedParticipant[];
  agenda: PresentedAgenda;
  live: PresentedLiveState;
  createdBy: PersonRef | null;
  /** The co-edited minutes document, once created. */
  minutesDocumentId: string | null;
  permissions: MeetingPermissions;
}

/** The answer to "create the minutes": the document, new or the one that already existed. */
export interface PresentedMinutes {
  meetingId: string;
  created: boolean;
  document: PresentedDocument;
}

export interface MeetingList {
  upcoming: PresentedMeetingSummary[];
  past: PresentedMeetingSummary[];
  canCreate: boolean;
}

export interface PresentedAgendaChange {
  version: number;
  at: string;
  actor: PersonRef | null;
  operation: "add" | "update" | "remove" | "move" | "accept_proposal";
  entryId: string;
  entryTitle: string;
  /** Changed fields for "update"; positions (1-based) for "move". */
  fields: string[];
  from: number | null;
  to: number | null;
}

export interface PresentedProposal {
  id: string;
  meetingId: string;
  title: string;
  type: AgendaItemType;
  plannedMinutes: number;
  description: string;
  tags: AgendaTag[];
  proposedBy: PersonRef | null;
  proposedAt: string;
  status: ProposalStatus;
  decidedBy: PersonRef | null;
  reason: string;
}

export interface VictimNote {
  kind: VictimNoteKind;
  text: string;
}

export interface VoteCounts {
  for: number;
  against: number;
  abstain: number;
}

export interface PresentedDecision {
  id: string;
  meetingId: string;
  itemId: string;
  itemTitle: string;
  text: string;
  outcome: DecisionOutcome;
  method: DecisionMethod;
  votes: VoteCounts | null;
  votesByCountry: Array<VoteCounts & { country: Country }>;
  victimNote: VictimNote;
  recordedBy: PersonRef | null;
  recordedAt: string;
  archiveNumber: string | null;
  /** Contact points this decision refers to (cards: GET /api/contact-points/cards?ids=…). */
  contactPointIds: string[];
}

export interface PresentedActionItem {
  id: string;
  meetingId: string;
  meetingTitle: string;
  itemId: string;
  itemTitle: string;
  description: string;
  owner: PersonRef | null;
  dueDate: string | null;
  status: ActionStatus;
  overdue: boolean;
}

export interface MeetingRecords {
  decisions: PresentedDecision[];
  actionItems: PresentedActionItem[];
}

export interface PresentedPrompt {
  id: string;
  text: Record<Language, string>;
  tags: AgendaTag[];
  active: boolean;
}

export interface PresentedArchiveRecord {
  number: string;
  kind: "decision" | "amendment";
  /** For an amendment: the number of the record it corrects. */
  amends: string | null;
  /** Numbers of the amendments that correct this record. */
  amendedBy: string[];
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  itemTitle: string;
  text: string;
  outcome: DecisionOutcome;
  method: DecisionMethod;
  votes: VoteCounts | null;
  victimNote: VictimNote;
  tags: AgendaTag[];
  recordedBy: string;
  archivedAt: string;
  archivedBy: string;
  reason: string;
  hash: string;
  /** "broken": the stored record no longer matches its hash (changed behind the application's back). */
  integrity: "ok" | "broken";
  /** One record (GET /archive/:number): its meeting's approved minutes, null until they are signed off. */
  minutes?: import("./minutesReview").ApprovedMinutesLink | null;
}

export interface ArchivePage {
  records: PresentedArchiveRecord[];
  total: number;
}

export interface ArchiveVerification {
  ok: boolean;
  checked: number;
  firstBroken?: { number: string; reason: string };
  /** The signed checkpoints outside the database are missing or were tampered with. */
  anchorProblem?: string;
}

export interface VictimNoteShare {
  key: string;
  label: string;
  decisions: number;
  substantive: number;
  /** substantive / decisions, 0 when there are none. */
  share: number;
}

export interface VictimNoteReport {
  perMeeting: VictimNoteShare[];
  perYear: VictimNoteShare[];
}

export interface CalendarFeedState {
  active: boolean;
  createdAt: string | null;
}

export interface CreatedCalendarFeed {
  url: string;
}
