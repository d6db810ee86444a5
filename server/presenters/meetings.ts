import type { Actor } from "../policies/types";
import type {
  AgendaEntry,
  MeetingPermissions,
  PresentedAgenda,
  PresentedAttendance,
  PresentedLiveState,
  PresentedMeeting,
  PresentedMeetingSummary,
} from "../../shared/meetingTypes";
import { CANCELLABLE, type AgendaItemType, type AgendaTag, type AttendanceStatus, type MeetingStatus } from "../../shared/meetings";
import type { Language } from "../../shared/languages";
import type { MeetingRecord } from "../meetings/meetingStore";
import { meetingTarget } from "../meetings/meetingStore";
import { can } from "../policies";
import { personRef, type People } from "./people";

/** The fields a summary needs: the meeting list reads only these (no agenda, attendance…). */
export const MEETING_SUMMARY_FIELDS = { title: 1, startsAt: 1, durationMinutes: 1, place: 1, videoUrl: 1, language: 1, status: 1, participantIds: 1 } as const;
export type MeetingSummaryRecord = Pick<MeetingRecord, "_id" | keyof typeof MEETING_SUMMARY_FIELDS>;

export function presentMeetingSummary(meeting: MeetingSummaryRecord): PresentedMeetingSummary {
  return {
    id: String(meeting._id),
    title: meeting.title,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000).toISOString(),
    durationMinutes: meeting.durationMinutes,
    place: meeting.place ?? "",
    videoUrl: meeting.videoUrl ?? "",
    language: meeting.language as Language,
    status: meeting.status as MeetingStatus,
    participantCount: meeting.participantIds?.length ?? 0,
  };
}

export function presentAgendaEntry(entry: MeetingRecord["agenda"][number]): AgendaEntry {
  return {
    id: entry.id,
    kind: entry.kind as AgendaEntry["kind"],
    title: entry.title,
    type: (entry.type ?? "discussion") as AgendaItemType,
    presenter: entry.presenter ?? "",
    plannedMinutes: entry.plannedMinutes ?? 0,
    description: entry.description ?? "",
    documentIds: [...(entry.documentIds ?? [])],
    tags: [...(entry.tags ?? [])] as AgendaTag[],
    contactPointIds: [...(entry.contactPointIds ?? [])],
  };
}

export function presentAgenda(meeting: MeetingRecord): PresentedAgenda {
  return { meetingId: String(meeting._id), version: meeting.agendaVersion ?? 0, entries: (meeting.agenda ?? []).map(presentAgendaEntry) };
}

export function presentLive(meeting: MeetingRecord, now = new Date()): PresentedLiveState {
  const timer = meeting.timer?.itemId && meeting.timer.runningSince ? { itemId: meeting.timer.itemId, runningSince: meeting.timer.runningSince.toISOString() } : null;
  return {
    meetingId: String(meeting._id),
    status: meeting.status as MeetingStatus,
    currentItemId: meeting.currentItemId ?? null,
    timer,
    elapsedMs: Object.fromEntries((meeting.elapsed ?? []).map((e) => [e.itemId, e.ms])),
    serverTime: now.toISOString(),
  };
}

export function presentAttendance(meeting: MeetingRecord, people: People): PresentedAttendance {
  const marks = new Map((meeting.attendance ?? []).map((a) => [a.userId, a.status as AttendanceStatus]));
  const list = (meeting.participantIds ?? [])
    .map((id) => people.get(id))
    .filter((p): p is NonNullable<typeof p> => Boolean(p))
    .map((person) => ({ ...person, status: marks.get(person.id) ?? null }))
    .sort((a, b) => (a.country ?? "~").localeCompare(b.country ?? "~") || a.name.localeCompare(b.name));
  const counts = new Map<string, PresentedAttendance["counts"][number]>();
  for (const person of list) {
    const country = person.country ?? "none";
    const row = counts.get(country) ?? { country, present: 0, excused: 0, absent: 0, unmarked: 0 };
    row[person.status ?? "unmarked"]++;
    counts.set(country, row);
  }
  return { meetingId: String(meeting._id), people: list, counts: [...counts.values()] };
}

export function meetingPermissions(actor: Actor, meeting: MeetingRecord): MeetingPermissions {
  const target = meetingTarget(meeting);
  return {
    edit: can(actor, "meeting.update", target),
    editAgenda: can(actor, "agenda.edit", target),
    propose: can(actor, "agenda.propose", target),
    run: can(actor, "meeting.run", target),
    markAttendance: can(actor, "attendance.mark", target),
    recordDecisions: can(actor, "decision.record", target),
    manageActions: can(actor, "actionItem.manage", target),
    finalise: can(actor, "meeting.finalise", target),
    reopen: can(actor, "meeting.reopen", target),
    createMinutes: can(actor, "minutes.create", target),
    cancel: can(actor, "meeting.cancel", target) && CANCELLABLE.includes(target.status),
  };
}

export function presentMeeting(meeting: MeetingRecord, actor: Actor, people: People): PresentedMeeting {
  return {
    ...presentMeetingSummary(meeting),
    participants: (meeting.participantIds ?? []).map((id) => people.get(id)).filter((p): p is NonNullable<typeof p> => Boolean(p)),
    agenda: presentAgenda(meeting),
    live: presentLive(meeting),
    createdBy: personRef(people, meeting.createdBy),
    minutesDocumentId: meeting.minutesDocumentId ?? null,
    permissions: meetingPermissions(actor, meeting),
  };
}
