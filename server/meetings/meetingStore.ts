import mongoose from "mongoose";
import type { MeetingStatus } from "../../shared/meetings";
import { Conflict, NotFound } from "../errors";
import { Meeting, type MeetingFields } from "../models/Meeting";
import type { MeetingTarget } from "../policies/meetings";

export type MeetingRecord = MeetingFields & { _id: mongoose.Types.ObjectId };

export async function loadMeeting(id: string): Promise<MeetingRecord> {
  if (!mongoose.isValidObjectId(id)) throw NotFound("This meeting was not found");
  const meeting = await Meeting.findById(id).lean<MeetingRecord>();
  if (!meeting) throw NotFound("This meeting was not found");
  return meeting;
}

/** The part of a meeting the policy rules look at. */
export function meetingTarget(meeting: Pick<MeetingRecord, "participantIds" | "status">): MeetingTarget {
  return { participantIds: meeting.participantIds ?? [], status: meeting.status as MeetingStatus };
}

export interface MeetingChange<T> {
  /** Fields to set; never the revision (this module owns it). */
  set: Partial<MeetingFields>;
  result: T;
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Changes one meeting atomically without transactions: read it, compute the change, and write it only
 * if nobody wrote in between (the revision still matches); otherwise read again and recompute. In this
 * process changes to one meeting also queue, so concurrent editors of one agenda do not spin.
 * `change` may throw (an HttpError) to refuse; nothing is written then.
 */
export function mutateMeeting<T>(id: string, change: (meeting: MeetingRecord) => MeetingChange<T>): Promise<{ meeting: MeetingRecord; result: T }> {
  const previous = queues.get(id) ?? Promise.resolve();
  const next = previous.then(() => attempt(id, change));
  const settled = next.catch(() => {});
  queues.set(id, settled);
  void settled.then(() => {
    if (queues.get(id) === settled) queues.delete(id);
  });
  return next;
}

async function attempt<T>(id: string, change: (meeting: MeetingRecord) => MeetingChange<T>): Promise<{ meeting: MeetingRecord; result: T }> {
  for (let round = 0; round < 20; round++) {
    const meeting = await loadMeeting(id);
    const { set, result } = change(meeting);
    const written = await Meeting.updateOne({ _id: meeting._id, revision: meeting.revision }, { $set: { ...set, revision: meeting.revision + 1 } });
    if (written.matchedCount === 1) return { meeting: { ...meeting, ...set, revision: meeting.revision + 1 } as MeetingRecord, result };
  }
  throw Conflict("This meeting is being changed by many people at once; try again", "busy");
}
