import { domainEvents } from "../domainEvents";
import type { MeetingChangeEvent } from "../meetings/meetingEvents";
import { loadMeeting, meetingTarget } from "../meetings/meetingStore";
import { can } from "../policies";
import { presentAttendance } from "../presenters/meetings";
import { peopleLookup } from "../presenters/people";
import { socketActor } from "./socketActors";
import type { GreychairIo } from "./socketServer";

export const meetingRoom = (meetingId: string) => `meeting:${meetingId}`;

const attached = new WeakSet<GreychairIo>();

/**
 * Passes meeting changes (domain events from the commands, whether HTTP or socket caused them) on to
 * the meeting's room. Attached once per Socket.IO server, detached when its HTTP server closes.
 */
export function attachMeetingBroadcaster(io: GreychairIo): void {
  if (attached.has(io)) return;
  attached.add(io);
  const listener = (event: MeetingChangeEvent) => void broadcast(io, event).catch(() => {});
  domainEvents.on("meeting.changed", listener);
  io.httpServer?.once("close", () => domainEvents.off("meeting.changed", listener));
}

async function broadcast(io: GreychairIo, event: MeetingChangeEvent): Promise<void> {
  const room = io.to(meetingRoom(event.meetingId));
  switch (event.kind) {
    case "agenda":
      room.emit("agenda.updated", { agenda: event.agenda, change: event.change });
      return;
    case "live":
      room.emit("meeting.live", event.live);
      return;
    case "attendance": {
      const meeting = await loadMeeting(event.meetingId);
      room.emit("attendance.updated", presentAttendance(meeting, await peopleLookup(meeting.participantIds ?? [])));
      return;
    }
    case "details":
      await dropUninvited(io, event.meetingId);
      room.emit("meeting.changed", { meetingId: event.meetingId, what: "details" });
      return;
    default:
      room.emit("meeting.changed", { meetingId: event.meetingId, what: event.kind });
  }
}

/** Someone taken off the participant list (or a meeting back in draft) stops hearing about it at once. */
async function dropUninvited(io: GreychairIo, meetingId: string): Promise<void> {
  const meeting = await loadMeeting(meetingId);
  const target = meetingTarget(meeting);
  for (const socket of await io.in(meetingRoom(meetingId)).fetchSockets()) {
    const actor = await socketActor(socket.data.userId, "").catch(() => null);
    if (!can(actor, "meeting.read", target)) socket.leave(meetingRoom(meetingId));
  }
}
