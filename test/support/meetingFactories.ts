import { Types } from "mongoose";
import type { AgendaEntry } from "../../shared/meetingTypes";
import type { MeetingStatus } from "../../shared/meetings";
import { Decision } from "../../server/models/Decision";
import { Meeting } from "../../server/models/Meeting";
import type { MeetingRecord } from "../../server/meetings/meetingStore";
import type { BuiltUser } from "./factories";

let sequence = 0;

/** An agenda entry with sensible defaults; ids are fresh ObjectIds. */
export function agendaEntry(overrides: Partial<AgendaEntry> = {}): AgendaEntry {
  return {
    id: new Types.ObjectId().toHexString(),
    kind: "item",
    title: `Item ${++sequence}`,
    type: "discussion",
    presenter: "",
    plannedMinutes: 15,
    description: "",
    documentIds: [],
    tags: [],
    ...overrides,
  };
}

/** A meeting straight in the database (scheduled, tomorrow, 2 hours) with the given participants and agenda. */
export async function buildMeeting(
  options: {
    title?: string;
    status?: MeetingStatus;
    startsAt?: Date;
    durationMinutes?: number;
    participants?: Array<BuiltUser | string>;
    createdBy?: BuiltUser;
    agenda?: AgendaEntry[];
    currentItemId?: string | null;
  } = {},
): Promise<MeetingRecord> {
  const meeting = await Meeting.create({
    title: options.title ?? `Working group meeting ${++sequence}`,
    startsAt: options.startsAt ?? new Date(Date.now() + 86_400_000),
    durationMinutes: options.durationMinutes ?? 120,
    place: "Benelux House, Brussels",
    language: "en",
    status: options.status ?? "scheduled",
    participantIds: (options.participants ?? []).map((p) => (typeof p === "string" ? p : p.user.id)),
    createdBy: options.createdBy?.user.id ?? null,
    agenda: options.agenda ?? [agendaEntry({ title: "Opening" }), agendaEntry({ title: "Shelter capacity", type: "decision", tags: ["shelter_and_care"] })],
    currentItemId: options.currentItemId ?? null,
  });
  return meeting.toObject() as MeetingRecord;
}

/** A decision straight in the database, on the meeting's first decision item. */
export async function buildDecision(meeting: MeetingRecord, recordedBy: BuiltUser, overrides: Record<string, unknown> = {}) {
  const item = meeting.agenda.find((e) => e.type === "decision") ?? meeting.agenda[0]!;
  return Decision.create({
    meetingId: String(meeting._id),
    itemId: item.id,
    text: "The shelters of the three countries exchange free places weekly.",
    outcome: "adopted",
    method: "consensus",
    victimNote: { kind: "considered", text: "A victim in danger at home can be moved to a shelter across the border quickly." },
    recordedBy: recordedBy.user.id,
    recordedAt: new Date(),
    ...overrides,
  });
}
