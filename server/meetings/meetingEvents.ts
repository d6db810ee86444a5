import type { PresentedAgenda, PresentedAgendaChange, PresentedLiveState } from "../../shared/meetingTypes";

/**
 * What changed in a meeting, for the realtime layer to pass on to the meeting's room. Agenda and live
 * changes carry their new state (every client applies the server's); the rest only say what to reload.
 */
export type MeetingChangeEvent =
  | { kind: "agenda"; meetingId: string; agenda: PresentedAgenda; change: PresentedAgendaChange | null }
  | { kind: "live"; meetingId: string; live: PresentedLiveState }
  | { kind: "attendance"; meetingId: string }
  | { kind: "details" | "records" | "proposals"; meetingId: string };
