import type { MeetingRecord } from "../meetings/meetingStore";
import type { CalendarEvent, CalendarPerson } from "./icalendar";

export const meetingUid = (meeting: Pick<MeetingRecord, "_id">) => `meeting-${meeting._id}@greychair`;

/**
 * The SEQUENCE calendars compare: the meeting's calendar sequence, which grows with every change a
 * calendar shows (the same in the feed and in e-mailed invitations, which share the UID).
 */
const sequenceOf = (meeting: MeetingRecord) => (meeting as { calendarSequence?: number }).calendarSequence ?? 0;
const updatedAtOf = (meeting: MeetingRecord) => (meeting as { updatedAt?: Date }).updatedAt ?? new Date();

/** A meeting as a calendar event for a feed: agenda titles in the description, a link back to the meeting page. */
export function meetingEvent(meeting: MeetingRecord, baseUrl: string): CalendarEvent {
  const items = (meeting.agenda ?? []).filter((e) => e.kind === "item").map((e, i) => `${i + 1}. ${e.title}`);
  const page = `${baseUrl}/meetings/${meeting._id}`;
  return {
    uid: meetingUid(meeting),
    start: meeting.startsAt,
    end: new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000),
    summary: meeting.title,
    location: [meeting.place, meeting.videoUrl].filter(Boolean).join(" — "),
    description: [...items, "", meeting.videoUrl ? `Video: ${meeting.videoUrl}` : "", page].filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== "")).join("\n").trim(),
    url: page,
    sequence: sequenceOf(meeting),
    cancelled: meeting.status === "cancelled",
    updatedAt: updatedAtOf(meeting),
  };
}

/**
 * A meeting as an e-mailed invitation (iTIP): time, place and video link, which the invitee needs,
 * and a link to the meeting page; no agenda titles. The summary is chosen by the caller (the
 * meeting's title only where e-mails may carry it).
 */
export function invitationEvent(meeting: MeetingRecord, options: { baseUrl: string; summary: string; organizer: CalendarPerson; attendee: CalendarPerson; now: Date }): CalendarEvent {
  const page = `${options.baseUrl}/meetings/${meeting._id}`;
  return {
    uid: meetingUid(meeting),
    start: meeting.startsAt,
    end: new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000),
    summary: options.summary,
    location: [meeting.place, meeting.videoUrl].filter(Boolean).join(" — "),
    description: page,
    url: page,
    sequence: sequenceOf(meeting),
    cancelled: meeting.status === "cancelled",
    // DTSTAMP of an iTIP message: when it was made.
    updatedAt: options.now,
    organizer: options.organizer,
    attendees: [options.attendee],
  };
}
