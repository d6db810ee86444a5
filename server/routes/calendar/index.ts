import { z } from "zod";
import type { CalendarFeedState, CreatedCalendarFeed } from "../../../shared/meetingTypes";
import { hashLinkToken } from "../../auth/linkTokens";
import { buildCalendar } from "../../calendar/icalendar";
import { meetingEvent } from "../../calendar/meetingEvents";
import calendarFeedIssuer from "../../commands/calendarFeedIssuer";
import calendarFeedRevoker from "../../commands/calendarFeedRevoker";
import { NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { publicBaseUrl } from "../../http/publicBaseUrl";
import { requireSignedIn } from "../../middlewares/authenticate";
import { CalendarFeed } from "../../models/CalendarFeed";
import { Meeting } from "../../models/Meeting";
import { User, userMayUseAccount } from "../../models/User";
import type { MeetingRecord } from "../../meetings/meetingStore";
import { authorize, scope } from "../../policies";
import { actingUser, meetingParams, readableMeeting } from "../meetings/context";

const before = [requireSignedIn];
/** "<43-char token>.ics": the secret is the whole credential of a feed. */
const feedParams = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/, "must be a calendar feed address") });
const FEED_PAST_DAYS = 90;

export function registerCalendarRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/meetings/:id/calendar.ics", summary: "The meeting as an iCalendar file", tag: "calendar", access: "who can see the meeting", before, params: meetingParams, file: ["text/calendar"] },
    async ({ params, req, res }) => {
      const { meeting } = await readableMeeting(req, params.id);
      res.type("text/calendar; charset=utf-8").attachment("meeting.ics").send(buildCalendar(meeting.title, [meetingEvent(meeting, publicBaseUrl(req))]));
    },
  );

  api.add(
    { method: "get", path: "/calendar/feed", summary: "Whether the user has a personal calendar feed", tag: "calendar", access: "signed in", before },
    async ({ req }): Promise<CalendarFeedState> => {
      const actor = actingUser(req);
      authorize(actor, "calendar.feed", { userId: actor.id });
      const feed = await CalendarFeed.findOne({ userId: actor.id }).lean();
      return { active: Boolean(feed), createdAt: (feed as { createdAt?: Date } | null)?.createdAt?.toISOString() ?? null };
    },
  );

  api.add(
    { method: "post", path: "/calendar/feed", summary: "Create (or replace) the personal calendar feed; its secret address is shown once", tag: "calendar", access: "signed in", before, status: 201 },
    async ({ req }): Promise<CreatedCalendarFeed> => {
      const token = await calendarFeedIssuer({ actor: actingUser(req) });
      return { url: `${publicBaseUrl(req)}/api/calendar/feeds/${token}.ics` };
    },
  );

  api.add(
    { method: "delete", path: "/calendar/feed", summary: "Revoke the personal calendar feed", tag: "calendar", access: "signed in", before, status: 204 },
    ({ req }) => calendarFeedRevoker({ actor: actingUser(req) }),
  );

  api.add(
    { method: "get", path: "/calendar/feeds/:file", summary: "A personal calendar feed (the secret address is the credential)", tag: "calendar", access: "public (holder of the secret address)", params: feedParams, file: ["text/calendar"] },
    async ({ params, req, res }) => {
      const feed = await CalendarFeed.findOne({ tokenHash: hashLinkToken(params.file.slice(0, -4)) }).lean();
      const user = feed ? await User.findById(feed.userId) : null;
      if (!feed || !user || !userMayUseAccount(user)) throw NotFound("This calendar address does not exist or was revoked");
      const since = new Date(Date.now() - FEED_PAST_DAYS * 86_400_000);
      // The policy's scope is part of the query: the limit counts only meetings the user may see.
      const filter = { $and: [{ startsAt: { $gte: since }, status: { $ne: "draft" } }, scope(user, "meeting")] };
      const meetings = await Meeting.find(filter).sort({ startsAt: 1 }).limit(500).lean<MeetingRecord[]>();
      const base = publicBaseUrl(req);
      res.type("text/calendar; charset=utf-8").send(buildCalendar("Greychair", meetings.map((m) => meetingEvent(m, base))));
    },
  );
}
