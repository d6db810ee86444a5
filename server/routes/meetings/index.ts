import type { MeetingList, PresentedAttendance, PresentedMeeting, PresentedParticipant } from "../../../shared/meetingTypes";
import { meetingInputSchema, meetingUpdateSchema, attendanceSchema } from "../../../shared/schemas/meetings";
import attendanceMarker from "../../commands/attendanceMarker";
import meetingCanceller from "../../commands/meetingCanceller";
import meetingCreator from "../../commands/meetingCreator";
import meetingUpdater from "../../commands/meetingUpdater";
import type { ApiRouter } from "../../http/apiRouter";
import { requireSignedIn } from "../../middlewares/authenticate";
import { User } from "../../models/User";
import type { MeetingRecord } from "../../meetings/meetingStore";
import { meetingTarget } from "../../meetings/meetingStore";
import { authorize, can } from "../../policies";
import { presentAttendance, presentMeeting, presentMeetingSummary, type MeetingSummaryRecord } from "../../presenters/meetings";
import { peopleLookup } from "../../presenters/people";
import { meetingForReading, visibleMeetings } from "../../readModels/meetingReadModel";
import { registerAgendaRoutes } from "./agenda";
import { actingUser, meetingParams, readableMeeting } from "./context";
import { registerLiveRoutes } from "./live";
import { registerMinutesRoutes } from "./minutes";
import { registerMinutesReviewRoutes } from "./minutesReview";
import { registerRecordRoutes } from "./records";

const before = [requireSignedIn];

async function presentFull(meeting: MeetingRecord, actor: ReturnType<typeof actingUser>): Promise<PresentedMeeting> {
  return presentMeeting(meeting, actor, await peopleLookup([...(meeting.participantIds ?? []), meeting.createdBy]));
}

/** Meetings: list, create, read, change, attendance; agenda, live and records routes live beside. */
export function registerMeetingRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/meetings", summary: "Upcoming and past meetings the user may see", tag: "meetings", access: "signed in (participants see theirs; organisers all)", before },
    async ({ req }): Promise<MeetingList> => {
      const actor = actingUser(req);
      const organiser = can(actor, "meeting.create");
      // Authorized before the limit, so the limit counts only meetings the user may see.
      const meetings = await visibleMeetings(actor);
      const now = Date.now();
      const isPast = (m: MeetingSummaryRecord) =>
        ["closed", "finalised"].includes(m.status) || (m.status !== "in_progress" && m.startsAt.getTime() + m.durationMinutes * 60_000 < now);
      return {
        upcoming: meetings.filter((m) => !isPast(m)).reverse().map(presentMeetingSummary),
        past: meetings.filter(isPast).map(presentMeetingSummary),
        canCreate: organiser,
      };
    },
  );

  api.add(
    { method: "post", path: "/meetings", summary: "Create a meeting", tag: "meetings", access: "secretariat, chair", before, body: meetingInputSchema, status: 201 },
    async ({ body, req }): Promise<PresentedMeeting> => {
      const actor = actingUser(req);
      authorize(actor, "meeting.create");
      return presentFull(await meetingCreator({ actor, input: body }), actor);
    },
  );

  api.add(
    { method: "get", path: "/meetings/participant-options", summary: "People who can be invited to a meeting", tag: "meetings", access: "secretariat, chair", before },
    async ({ req }): Promise<PresentedParticipant[]> => {
      authorize(actingUser(req), "meeting.chooseParticipants");
      const users = await User.find({ active: true }, { _id: 1 }).limit(2000).lean();
      const people = await peopleLookup(users.map((u) => String(u._id)));
      return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
  );

  api.add(
    { method: "get", path: "/meetings/:id", summary: "A meeting with its agenda, live state and the user's permissions", tag: "meetings", access: "organisers; participants once published", before, params: meetingParams },
    async ({ params, req }): Promise<PresentedMeeting> => {
      const meeting = await meetingForReading(params.id);
      const actor = actingUser(req);
      authorize(actor, "meeting.read", meetingTarget(meeting));
      return presentFull(meeting, actor);
    },
  );

  api.add(
    { method: "patch", path: "/meetings/:id", summary: "Change a meeting's details or publish it", tag: "meetings", access: "secretariat, chair; not once finalised", before, params: meetingParams, body: meetingUpdateSchema },
    async ({ params, body, req }): Promise<PresentedMeeting> => {
      const { meeting, actor } = await readableMeeting(req, params.id);
      authorize(actor, "meeting.update", meetingTarget(meeting));
      return presentFull(await meetingUpdater({ actor, meetingId: params.id, input: body }), actor);
    },
  );

  api.add(
    { method: "post", path: "/meetings/:id/cancel", summary: "Cancel a meeting that has not started (audited); participants are told and get a calendar CANCEL", tag: "meetings", access: "secretariat, chair; before the meeting starts (invalid_status after)", before, params: meetingParams },
    async ({ params, req }): Promise<PresentedMeeting> => {
      const { meeting, actor } = await readableMeeting(req, params.id);
      authorize(actor, "meeting.cancel", meetingTarget(meeting));
      return presentFull(await meetingCanceller({ actor, meetingId: params.id }), actor);
    },
  );

  api.add(
    { method: "get", path: "/meetings/:id/attendance", summary: "Who is present, excused or absent, with counts per country", tag: "meetings", access: "who can see the meeting", before, params: meetingParams },
    async ({ params, req }): Promise<PresentedAttendance> => {
      const { meeting } = await readableMeeting(req, params.id);
      return presentAttendance(meeting, await peopleLookup(meeting.participantIds ?? []));
    },
  );

  api.add(
    { method: "put", path: "/meetings/:id/attendance", summary: "Mark one participant present, excused or absent", tag: "meetings", access: "secretariat, chair", before, params: meetingParams, body: attendanceSchema },
    async ({ params, body, req }): Promise<PresentedAttendance> => {
      const { meeting, actor } = await readableMeeting(req, params.id);
      authorize(actor, "attendance.mark", meetingTarget(meeting));
      const updated = await attendanceMarker({ meetingId: params.id, userId: body.userId, status: body.status });
      return presentAttendance(updated, await peopleLookup(updated.participantIds ?? []));
    },
  );

  registerAgendaRoutes(api);
  registerLiveRoutes(api);
  registerRecordRoutes(api);
  registerMinutesRoutes(api);
  registerMinutesReviewRoutes(api);
}

