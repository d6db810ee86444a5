import type { MeetingRecord } from "../meetings/meetingStore";
import type { CalendarEvent } from "./icalendar";

/** A meeting as a calendar event: agenda titles in the description, a link back to the meeting page. */
export function meetingEvent(meeting: MeetingRecord, baseUrl: string): CalendarEvent {
  const items = (meeting.agenda ?? []).filter((e) => e.kind === "item").map((e, i) => `${i + 1}. ${e.title}`);
  const page = `${baseUrl}/meetings/${meeting._id}`;
  return {
    uid: `meeting-${meeting._id}@greychair`,
    start: meeting.startsAt,
    end: new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000),
    summary: meeting.title,
    location: [meeting.place, meeting.videoUrl].filter(Boolean).join(" — "),
    description: [...items, "", meeting.videoUrl ? `Video: ${meeting.videoUrl}` : "", page].filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== "")).join("\n").trim(),
    url: page,
    sequence: meeting.revision ?? 0,
    updatedAt: (meeting as { updatedAt?: Date }).updatedAt ?? new Date(),
  };
}
