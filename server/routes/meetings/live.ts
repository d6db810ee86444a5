import type { PresentedLiveState } from "../../../shared/meetingTypes";
import { currentItemSchema, timerSchema } from "../../../shared/schemas/meetings";
import meetingConductor from "../../commands/meetingConductor";
import type { ApiRouter } from "../../http/apiRouter";
import { requireSignedIn } from "../../middlewares/authenticate";
import { meetingTarget } from "../../meetings/meetingStore";
import { authorize } from "../../policies";
import { presentLive } from "../../presenters/meetings";
import { meetingParams, readableMeeting } from "./context";

const before = [requireSignedIn];

/** Running a meeting: the socket events do the same through the same command. */
export function registerLiveRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/meetings/:id/live", summary: "Current item and timer", tag: "live", access: "who can see the meeting", before, params: meetingParams },
    async ({ params, req }): Promise<PresentedLiveState> => presentLive((await readableMeeting(req, params.id)).meeting),
  );

  for (const action of ["start", "close"] as const) {
    api.add(
      { method: "post", path: `/meetings/:id/${action}`, summary: action === "start" ? "Start the meeting" : "Close the meeting", tag: "live", access: "secretariat, chair", before, params: meetingParams },
      async ({ params, req }): Promise<PresentedLiveState> => {
        const { meeting, actor } = await readableMeeting(req, params.id);
        authorize(actor, "meeting.run", meetingTarget(meeting));
        return meetingConductor({ actor, meetingId: params.id, action: { type: action } });
      },
    );
  }

  api.add(
    { method: "post", path: "/meetings/:id/reopen", summary: "Reopen a closed meeting that is not finalised (audited); the elapsed times are kept", tag: "live", access: "secretariat, chair; closed meetings", before, params: meetingParams },
    async ({ params, req }): Promise<PresentedLiveState> => {
      const { meeting, actor } = await readableMeeting(req, params.id);
      authorize(actor, "meeting.reopen", meetingTarget(meeting));
      return meetingConductor({ actor, meetingId: params.id, action: { type: "reopen" } });
    },
  );

  api.add(
    { method: "put", path: "/meetings/:id/current-item", summary: "Set the current agenda item (null: none)", tag: "live", access: "secretariat, chair", before, params: meetingParams, body: currentItemSchema },
    async ({ params, body, req }): Promise<PresentedLiveState> => {
      const { meeting, actor } = await readableMeeting(req, params.id);
      authorize(actor, "meeting.run", meetingTarget(meeting));
      return meetingConductor({ actor, meetingId: params.id, action: { type: "current", itemId: body.itemId } });
    },
  );

  api.add(
    { method: "post", path: "/meetings/:id/timer", summary: "Start, pause or reset the current item's timer", tag: "live", access: "secretariat, chair", before, params: meetingParams, body: timerSchema },
    async ({ params, body, req }): Promise<PresentedLiveState> => {
      const { meeting, actor } = await readableMeeting(req, params.id);
      authorize(actor, "meeting.run", meetingTarget(meeting));
      return meetingConductor({ actor, meetingId: params.id, action: { type: "timer", action: body.action } });
    },
  );
}
