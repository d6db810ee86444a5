import type { PresentedMinutes } from "../../../shared/meetingTypes";
import minutesCreator from "../../commands/minutesCreator";
import type { ApiRouter } from "../../http/apiRouter";
import { requireSignedIn } from "../../middlewares/authenticate";
import { meetingTarget } from "../../meetings/meetingStore";
import { authorize } from "../../policies";
import { presentDocument } from "../../presenters/documents";
import { userNames } from "../../presenters/userNames";
import { meetingParams, readableMeeting } from "./context";

const before = [requireSignedIn];

/** The meeting's minutes: one co-edited document, prefilled from the agenda and the records. */
export function registerMinutesRoutes(api: ApiRouter): void {
  api.add(
    {
      method: "post",
      path: "/meetings/:id/minutes",
      summary: "Create the meeting's minutes document from its agenda, decisions and action items; returns the existing one if there is one",
      tag: "meetings",
      access: "secretariat, chair",
      before,
      params: meetingParams,
    },
    async ({ params, req }): Promise<PresentedMinutes> => {
      const { meeting, actor } = await readableMeeting(req, params.id);
      authorize(actor, "minutes.create", meetingTarget(meeting));
      const { record, created } = await minutesCreator({ actor, meetingId: params.id });
      const names = await userNames([record.createdBy]);
      return { meetingId: params.id, created, document: presentDocument(record, actor, names) };
    },
  );
}
