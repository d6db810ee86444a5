import { CANCELLABLE, type MeetingStatus } from "../../shared/meetings";
import { audit } from "../audit/auditLog";
import { domainEvents } from "../domainEvents";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { invalidStatus } from "../meetings/meetingErrors";
import { meetingTarget, mutateMeeting, type MeetingRecord } from "../meetings/meetingStore";
import { scheduleFacts } from "../notifications/notificationEvents";
import { authorize } from "../policies";

/**
 * Calls a meeting off before it starts (`meeting.cancel`, organisers): it stays, marked cancelled and
 * read-only, its participants are told and their calendars get a CANCEL with the same UID and a
 * higher SEQUENCE. Checked against the meeting as it is when written (it may have started
 * meanwhile). Audited.
 */
export default async function meetingCanceller(props: { actor: ActingUser; meetingId: string }): Promise<MeetingRecord> {
  const { actor } = props;
  const { meeting, result: before } = await mutateMeeting(props.meetingId, (current) => {
    authorize(actor, "meeting.cancel", meetingTarget(current));
    if (!CANCELLABLE.includes(current.status as MeetingStatus)) throw invalidStatus("Only a meeting that has not started can be cancelled");
    return {
      set: { status: "cancelled", cancelledAt: new Date(), currentItemId: null, timer: null, calendarSequence: (current.calendarSequence ?? 0) + 1 },
      result: scheduleFacts(current),
    };
  });
  await audit({ action: "meeting.cancelled", ...auditActor(actor), target: { type: "meeting", id: props.meetingId, label: meeting.title }, details: { from: before.status } });
  domainEvents.emit("meeting.changed", { kind: "details", meetingId: props.meetingId });
  domainEvents.emit("meeting.scheduleChanged", { meetingId: props.meetingId, byUserId: actor.id, before, after: scheduleFacts(meeting) });
  return meeting;
}
