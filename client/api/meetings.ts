import type {
  MeetingList,
  MeetingRecords,
  PresentedActionItem,
  PresentedAgenda,
  PresentedAgendaChange,
  PresentedAttendance,
  PresentedDecision,
  PresentedLiveState,
  PresentedMeeting,
  PresentedMinutes,
  PresentedParticipant,
  PresentedPrompt,
  PresentedProposal,
  CalendarFeedState,
  CreatedCalendarFeed,
} from "../../shared/meetingTypes";
import type { AttendanceStatus } from "../../shared/meetings";
import type { ActionItemInput, ActionItemUpdate, AgendaOperation, MeetingInput, MeetingUpdate, ProposalInput } from "../../shared/schemas/meetings";
import type { DecisionInput, PromptInput } from "../../shared/schemas/decisions";
import { apiFetch, deleteResource, patchJson, postJson } from "./http";

/** Meetings, agendas, decisions, action items, prompts and calendar feeds over HTTP. */

const id = (value: string) => encodeURIComponent(value);
const putJson = <T>(path: string, body: unknown) => apiFetch<T>(path, { method: "PUT", body: JSON.stringify(body) });

export const listMeetings = () => apiFetch<MeetingList>("/api/meetings");
export const getMeeting = (meetingId: string) => apiFetch<PresentedMeeting>(`/api/meetings/${id(meetingId)}`);
export const createMeeting = (input: MeetingInput) => postJson<PresentedMeeting>("/api/meetings", input);
export const updateMeeting = (meetingId: string, input: MeetingUpdate) => patchJson<PresentedMeeting>(`/api/meetings/${id(meetingId)}`, input);
export const participantOptions = () => apiFetch<PresentedParticipant[]>("/api/meetings/participant-options");

export const applyAgendaOperation = (meetingId: string, operation: AgendaOperation) =>
  postJson<{ agenda: PresentedAgenda; change: PresentedAgendaChange }>(`/api/meetings/${id(meetingId)}/agenda/operations`, operation);
export const agendaHistory = (meetingId: string) => apiFetch<PresentedAgendaChange[]>(`/api/meetings/${id(meetingId)}/agenda/history`);
export const listProposals = (meetingId: string) => apiFetch<PresentedProposal[]>(`/api/meetings/${id(meetingId)}/proposals`);
export const propose = (meetingId: string, input: ProposalInput) => postJson<PresentedProposal>(`/api/meetings/${id(meetingId)}/proposals`, input);
export const decideProposal = (meetingId: string, proposalId: string, accept: boolean, reason = "") =>
  postJson<PresentedProposal>(`/api/meetings/${id(meetingId)}/proposals/${id(proposalId)}/decision`, { accept, reason });

export const startMeeting = (meetingId: string) => postJson<PresentedLiveState>(`/api/meetings/${id(meetingId)}/start`);
export const closeMeeting = (meetingId: string) => postJson<PresentedLiveState>(`/api/meetings/${id(meetingId)}/close`);
/** A chair reopens a closed meeting that is not finalised yet (audited on the server). */
export const reopenMeeting = (meetingId: string) => postJson<PresentedLiveState>(`/api/meetings/${id(meetingId)}/reopen`);
export const createMinutes = (meetingId: string) => postJson<PresentedMinutes>(`/api/meetings/${id(meetingId)}/minutes`);
export const finaliseMeeting = (meetingId: string) => postJson<{ numbers: string[] }>(`/api/meetings/${id(meetingId)}/finalise`);

export const getAttendance = (meetingId: string) => apiFetch<PresentedAttendance>(`/api/meetings/${id(meetingId)}/attendance`);
export const markAttendance = (meetingId: string, userId: string, status: AttendanceStatus | null) =>
  putJson<PresentedAttendance>(`/api/meetings/${id(meetingId)}/attendance`, { userId, status });

export const getRecords = (meetingId: string) => apiFetch<MeetingRecords>(`/api/meetings/${id(meetingId)}/records`);
export const recordDecision = (meetingId: string, input: DecisionInput) => postJson<PresentedDecision>(`/api/meetings/${id(meetingId)}/decisions`, input);
export const createActionItem = (meetingId: string, input: ActionItemInput) => postJson<PresentedActionItem>(`/api/meetings/${id(meetingId)}/action-items`, input);
export const updateActionItem = (actionId: string, input: ActionItemUpdate) => patchJson<PresentedActionItem>(`/api/action-items/${id(actionId)}`, input);
export const myActionItems = () => apiFetch<PresentedActionItem[]>("/api/action-items/mine");

export const listPrompts = () => apiFetch<PresentedPrompt[]>("/api/prompts");
export const createPrompt = (input: PromptInput) => postJson<PresentedPrompt>("/api/prompts", input);
export const updatePrompt = (promptId: string, input: Partial<PromptInput>) => patchJson<PresentedPrompt>(`/api/prompts/${id(promptId)}`, input);

export const calendarFeed = () => apiFetch<CalendarFeedState>("/api/calendar/feed");
export const createCalendarFeed = () => postJson<CreatedCalendarFeed>("/api/calendar/feed");
export const revokeCalendarFeed = () => deleteResource("/api/calendar/feed");
export const meetingCalendarUrl = (meetingId: string) => `/api/meetings/${id(meetingId)}/calendar.ics`;

export interface ArchiveFilters {
  q: string;
  from: string;
  to: string;
  outcome: string;
  tag: string;
}
const archiveQuery = (filters: Partial<ArchiveFilters>) => new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]).toString();
export const searchArchive = (filters: Partial<ArchiveFilters>) => apiFetch<import("../../shared/meetingTypes").ArchivePage>(`/api/archive?${archiveQuery(filters)}`);
export const archiveCsvUrl = (filters: Partial<ArchiveFilters>) => `/api/archive/export.csv?${archiveQuery(filters)}`;
export const archivePdfUrl = (filters: Partial<ArchiveFilters>) => `/api/archive/export.pdf?${archiveQuery(filters)}`;
export const archiveRecord = (number: string) => apiFetch<import("../../shared/meetingTypes").PresentedArchiveRecord>(`/api/archive/${id(number)}`);
export const archiveReport = () => apiFetch<import("../../shared/meetingTypes").VictimNoteReport>("/api/archive/report");
export const verifyArchive = () => apiFetch<import("../../shared/meetingTypes").ArchiveVerification>("/api/archive/verify");
export const amendArchiveRecord = (number: string, input: import("../../shared/schemas/decisions").AmendmentInput) =>
  postJson<import("../../shared/meetingTypes").PresentedArchiveRecord>(`/api/archive/${id(number)}/amendments`, input);
