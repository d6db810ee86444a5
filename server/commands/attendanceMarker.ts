import type { AttendanceStatus } from "../../shared/meetings";
import { Validation } from "../errors";
import { domainEvents } from "../domainEvents";
import { invalidStatus } from "../meetings/meetingErrors";
import { mutateMeeting, type MeetingRecord } from "../meetings/meetingStore";

/** Marks one participant present, excused or absent (null: not marked). */
export default async function attendanceMarker(props: { meetingId: string; userId: string; status: AttendanceStatus | null }): Promise<MeetingRecord> {
  const { meeting } = await mutateMeeting(props.meetingId, (current) => {
    if (current.status === "finalised") throw invalidStatus("A finalised meeting can no longer change");
    if (!(current.participantIds ?? []).includes(props.userId)) throw Validation([{ path: "body.userId", message: "not a participant of this meeting" }]);
    const others = (current.attendance ?? []).filter((a) => a.userId !== props.userId).map((a) => ({ userId: a.userId, status: a.status }));
    const attendance = props.status ? [...others, { userId: props.userId, status: props.status }] : others;
    return { set: { attendance: attendance as never }, result: null };
  });
  domainEvents.emit("meeting.changed", { kind: "attendance", meetingId: props.meetingId });
  return meeting;
}
