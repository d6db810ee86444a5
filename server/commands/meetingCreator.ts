import type { z } from "zod";
import type { meetingInputSchema } from "../../shared/schemas/meetings";
import { audit } from "../audit/auditLog";
import { domainEvents } from "../domainEvents";
import { scheduleFacts } from "../notifications/notificationEvents";
import { Meeting } from "../models/Meeting";
import { User } from "../models/User";
import type { ActingUser } from "../meetings/actingUser";
import { auditActor } from "../meetings/actingUser";
import { unknownParticipant } from "../meetings/meetingErrors";
import type { MeetingRecord } from "../meetings/meetingStore";

/** Participants must be existing, active accounts: an id typed by hand must not invite a stranger. */
export async function checkParticipants(ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await User.countDocuments({ _id: { $in: unique }, active: true });
  if (found !== unique.length) throw unknownParticipant();
  return unique;
}

/** Creates a meeting (draft or scheduled) with an empty agenda. */
export default async function meetingCreator(props: { actor: ActingUser; input: z.output<typeof meetingInputSchema> }): Promise<MeetingRecord> {
  const { input, actor } = props;
  const participantIds = await checkParticipants(input.participantIds);
  const meeting = await Meeting.create({ ...input, startsAt: new Date(input.startsAt), participantIds, createdBy: actor.id });
  await audit({ action: "meeting.created", ...auditActor(actor), target: { type: "meeting", id: meeting.id, label: meeting.title } });
  const record = meeting.toObject() as MeetingRecord;
  domainEvents.emit("meeting.scheduleChanged", { meetingId: meeting.id, byUserId: actor.id, before: null, after: scheduleFacts(record) });
  return record;
}
