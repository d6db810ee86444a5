import type { Request } from "express";
import type { PresentedMinutesReview } from "../../../shared/minutesReview";
import { amendmentParamsSchema, minutesCorrectionSchema, openMinutesReviewSchema, proposeAmendmentSchema, resolveAmendmentSchema } from "../../../shared/schemas/minutesReview";
import minutesAmendmentProposer from "../../commands/minutesAmendmentProposer";
import minutesAmendmentResolver from "../../commands/minutesAmendmentResolver";
import minutesCorrector from "../../commands/minutesCorrector";
import minutesReviewOpener from "../../commands/minutesReviewOpener";
import minutesSigner from "../../commands/minutesSigner";
import { collaborationHub } from "../../documents/documentState";
import type { ApiRouter } from "../../http/apiRouter";
import { requireSignedIn } from "../../middlewares/authenticate";
import { minutesReviewContext } from "../../meetings/minutesReviewState";
import { MinutesAmendment, type MinutesAmendmentRecord } from "../../models/MinutesAmendment";
import { MinutesCorrection, type MinutesCorrectionRecord } from "../../models/MinutesCorrection";
import { authorize } from "../../policies";
import { presentMinutesReview } from "../../presenters/minutesReview";
import { notificationRuntime } from "../notifications/runtime";
import { actingUser, meetingParams } from "./context";

const before = [requireSignedIn];
const now = (req: Request) => notificationRuntime(req).clock();

/** The review as the actor may see it (`minutes.readReview`); every write answers with it too. */
async function reviewAnswer(req: Request, meetingId: string): Promise<PresentedMinutesReview> {
  const actor = actingUser(req);
  const context = await minutesReviewContext(meetingId, now(req));
  authorize(actor, "minutes.readReview", context.target);
  const [amendments, corrections] = await Promise.all([
    MinutesAmendment.find({ meetingId }).sort({ createdAt: 1 }).limit(500).lean<MinutesAmendmentRecord[]>(),
    MinutesCorrection.find({ meetingId }).sort({ number: 1 }).limit(500).lean<MinutesCorrectionRecord[]>(),
  ]);
  return presentMinutesReview(context, amendments, corrections, actor);
}

/**
 * Review and sign-off of a meeting's minutes (issue 13, item 6). Each write is one command that
 * authorizes against server/policies/minutes.ts; a meeting the actor may not read is 403.
 */
export function registerMinutesReviewRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/meetings/:id/minutes/review", summary: "Where the review of the meeting's minutes stands: deadline, amendments, approval, corrections", tag: "meetings", access: "who may read the meeting", before, params: meetingParams },
    async ({ params, req }) => reviewAnswer(req, params.id),
  );

  api.add(
    { method: "post", path: "/meetings/:id/minutes/review", summary: "Open the minutes of a closed meeting for review by its attendees for some days (default 10); they are notified", tag: "meetings", access: "secretariat, chair; closed or finalised meetings with minutes", before, params: meetingParams, body: openMinutesReviewSchema, status: 201 },
    async ({ params, body, req }) => {
      await minutesReviewOpener({ actor: actingUser(req), meetingId: params.id, days: body.days, now: now(req) });
      return reviewAnswer(req, params.id);
    },
  );

  api.add(
    { method: "post", path: "/meetings/:id/minutes/amendments", summary: "Propose an amendment to the minutes under review: a comment thread on the minutes document (optionally anchored; 409 personal_data_in_comment unless confirmPersonalData)", tag: "meetings", access: "attendees (not observers), secretariat, chair; until the review's deadline", before, params: meetingParams, body: proposeAmendmentSchema, status: 201 },
    async ({ params, body, req }) => {
      await minutesAmendmentProposer({ actor: actingUser(req), meetingId: params.id, text: body.text, anchor: body.anchor, confirmPersonalData: body.confirmPersonalData, now: now(req) });
      return reviewAnswer(req, params.id);
    },
  );

  api.add(
    { method: "post", path: "/meetings/:id/minutes/amendments/:amendmentId/resolution", summary: "Accept or decline a proposed amendment", tag: "meetings", access: "secretariat; before sign-off", before, params: amendmentParamsSchema, body: resolveAmendmentSchema },
    async ({ params, body, req }) => {
      await minutesAmendmentResolver({ actor: actingUser(req), meetingId: params.id, amendmentId: params.amendmentId, outcome: body.outcome, note: body.note, now: now(req) });
      return reviewAnswer(req, params.id);
    },
  );

  api.add(
    { method: "post", path: "/meetings/:id/minutes/sign-off", summary: "Sign off the minutes: frozen as a version with its SHA-256, read-only, marked approved; attendees are notified", tag: "meetings", access: "secretariat; no open amendments", before, params: meetingParams },
    async ({ params, req }) => {
      await minutesSigner({ actor: actingUser(req), meetingId: params.id, hub: collaborationHub(req), now: now(req) });
      return reviewAnswer(req, params.id);
    },
  );

  api.add(
    { method: "post", path: "/meetings/:id/minutes/corrections", summary: "Correct approved minutes with a new numbered amendment (never an edit)", tag: "meetings", access: "secretariat; approved minutes", before, params: meetingParams, body: minutesCorrectionSchema, status: 201 },
    async ({ params, body, req }) => {
      await minutesCorrector({ actor: actingUser(req), meetingId: params.id, text: body.text, acknowledgedFindings: body.acknowledgedFindings, now: now(req) });
      return reviewAnswer(req, params.id);
    },
  );
}
