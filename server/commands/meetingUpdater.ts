import type { z } from "zod";
import type { meetingUpdateSchema } from "../../shared/schemas/meetings";
import { audit } from "../audit/auditLog";
import { domainEvents } from "../domainEvents";
import type { MeetingFields } from "../models/Meeting";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { invalidStatus } from "../meetings/meetingErrors";
import { mutateMeeting, type MeetingRecord } from "../meetings/meetingStore";
import { scheduleFacts, type MeetingScheduleFacts } from "../notifications/notificationEvents";
import { checkParticipants } from "./meetingCreator";

/** Whether a change alters what a calendar shows (or takes someone off): then the invitation's SEQUENCE grows. */
function calendarChanged(before: MeetingScheduleFacts, after: MeetingScheduleFacts): boolean {
  return (
    before.title !== after.title ||
    before.status !== after.status ||
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.durationMinutes !== after.durationMinutes ||
    before.place !== after.place ||
    before.videoUrl !== after.videoUrl ||
    before.participantIds.some((id) => !after.participantIds.includes(id))
  );
}

/**
 * Changes a meeting's details. Publishing (draft → scheduled) and back is allowed before the meeting
 * starts; starting, closing and finalising have their own commands.
 */
export default async function meetingUpdater(props: { actor: ActingUser; meetingId: string; input: z.output<typeof meetingUpdateSchema> }): Promise<MeetingRecord> {
  const { input, actor } = props;
  const participantIds = input.participantIds ? await checkParticipants(input.participantIds) : undefined;
  const { meeting, result: before } = await mutateMeeting(props.meetingId, (current) => {
    if (current.status === "finalised") throw invalidStatus("A finalised meeting can no longer change");
    if (current.status === "cancelled") throw invalidStatus("A cancelled meeting can no longer change");
    if (input.status && input.status !== current.status && !["draft", "scheduled"].includes(current.status)) {
      throw invalidStatus("A meeting that has started can no longer go back to draft or scheduled");
    }
    const set: Partial<MeetingFields> = {};
    if (input.title !== undefined) set.title = input.title;
    if (input.startsAt !== undefined) set.startsAt = new Date(input.startsAt);
    if (input.durationMinutes !== undefined) set.durationMinutes = input.durationMinutes;
    if (input.place !== undefined) set.place = input.place;
    if (input.videoUrl !== undefined) set.videoUrl = input.videoUrl;
    if (input.language !== undefined) set.language = input.language;
    if (participantIds !== undefined) set.participantIds = participantIds;
    if (input.status !== undefined) set.status = input.status;
    const before = scheduleFacts(current);
    if (calendarChanged(before, scheduleFacts({ ...current, ...set } as typeof current))) set.calendarSequence = (current.calendarSequence ?? 0) + 1;
    return { set, result: before };
  });
  await audit({ action: "meeting.updated", ...auditActor(actor), target: { type: "meeting", id: String(meeting._id), label: meeting.title }, details: { fields: Object.keys(input) } });
  domainEvents.emit("meeting.changed", { kind: "details", meetingId: String(meeting._id) });
  domainEvents.emit("meeting.scheduleChanged", { meetingId: String(meeting._id), byUserId: actor.id, before, after: scheduleFacts(meeting) });
  return meeting;
}
