import mongoose from "mongoose";
import { NotFound } from "../errors";
import { loadMeeting, meetingTarget, type MeetingRecord } from "../meetings/meetingStore";
import { Meeting, onMeetingWrite } from "../models/Meeting";
import { can, scope, type Actor } from "../policies";
import { MEETING_SUMMARY_FIELDS, type MeetingSummaryRecord } from "../presenters/meetings";
import { ReadModel } from "./readModel";

/** The meeting list shows at most this many, newest first (as the database query did). */
export const MEETING_LIST_MAX = 500;

interface MeetingView {
  byId: ReadonlyMap<string, MeetingRecord>;
  /** Newest first: startsAt descending, then the newer _id (a stable order for equal times). */
  newestFirst: readonly MeetingRecord[];
}

const byStartDescending = (a: MeetingRecord, b: MeetingRecord) =>
  b.startsAt.getTime() - a.startsAt.getTime() || (String(b._id) < String(a._id) ? -1 : String(b._id) > String(a._id) ? 1 : 0);

/**
 * Every meeting, whole (agenda, live state, attendance): tens a year, a few kilobytes each. The list
 * and a meeting's page are both read from it; every write reloads only that meeting, by id.
 */
const meetings = new ReadModel<MeetingRecord, MeetingView>({
  loadAll: () => Meeting.find({}).lean<MeetingRecord[]>(),
  loadOne: (id) => Meeting.findById(id).lean<MeetingRecord>().then((m) => m ?? null),
  idOf: (meeting) => String(meeting._id),
  view: (rows) => ({ byId: new Map(rows.map((m) => [String(m._id), m])), newestFirst: [...rows].sort(byStartDescending) }),
});
onMeetingWrite((ids) => meetings.invalidate(ids));

/**
 * The meetings `meeting.read` allows this actor, newest first, at most MEETING_LIST_MAX. The policy
 * rule itself is the filter (the database scope must select the same: test/server/readModels).
 */
export async function visibleMeetings(actor: Actor): Promise<MeetingSummaryRecord[]> {
  if (!ReadModel.enabled) {
    return Meeting.find(scope(actor, "meeting"), MEETING_SUMMARY_FIELDS).sort({ startsAt: -1, _id: -1 }).limit(MEETING_LIST_MAX).lean<MeetingSummaryRecord[]>();
  }
  const visible: MeetingRecord[] = [];
  for (const meeting of (await meetings.read()).newestFirst) {
    if (visible.length === MEETING_LIST_MAX) break;
    if (can(actor, "meeting.read", meetingTarget(meeting))) visible.push(meeting);
  }
  return visible;
}

/**
 * A meeting for a read-only page, shared with every reader (frozen: present it, never change it).
 * One the copy does not hold yet (made by another process a moment ago) is read from the database.
 * Writes load the meeting themselves (`loadMeeting`, `mutateMeeting`), never from here.
 */
export async function meetingForReading(id: string): Promise<MeetingRecord> {
  if (!ReadModel.enabled) return loadMeeting(id);
  if (!mongoose.isValidObjectId(id)) throw NotFound("This meeting was not found");
  return (await meetings.read()).byId.get(id) ?? loadMeeting(id);
}
