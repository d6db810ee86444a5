import type { Request } from "express";
import { z } from "zod";
import type { Role } from "../../../shared/domain";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { currentUser } from "../../middlewares/authenticate";
import type { ActingUser } from "../../meetings/actingUser";
import { loadMeeting, meetingTarget, type MeetingRecord } from "../../meetings/meetingStore";
import { authorize } from "../../policies";

export const meetingParams = z.object({ id: objectIdSchema });

export function actingUser(req: Request): ActingUser {
  const user = currentUser(req);
  return { id: user.id, name: user.name, role: user.role as Role, active: user.active, ip: req.ip ?? "" };
}

/** Loads the meeting and checks that the user may see it; most meeting routes start here. */
export async function readableMeeting(req: Request, id: string): Promise<{ meeting: MeetingRecord; actor: ActingUser }> {
  const meeting = await loadMeeting(id);
  const actor = actingUser(req);
  authorize(actor, "meeting.read", meetingTarget(meeting));
  return { meeting, actor };
}

/** Titles of a meeting's agenda items by id. */
export const itemTitles = (meeting: MeetingRecord) => new Map((meeting.agenda ?? []).map((e) => [e.id, e.title]));
