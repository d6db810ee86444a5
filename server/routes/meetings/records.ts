import { z } from "zod";
import type { MeetingRecords, PresentedActionItem, PresentedDecision } from "../../../shared/meetingTypes";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { decisionInputSchema, decisionUpdateSchema } from "../../../shared/schemas/decisions";
import { actionItemInputSchema, actionItemUpdateSchema } from "../../../shared/schemas/meetings";
import actionItemCreator, { actionItemUpdater } from "../../commands/actionItemCreator";
import decisionRecorder, { decisionChanger } from "../../commands/decisionRecorder";
import { Forbidden, NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { requireSignedIn } from "../../middlewares/authenticate";
import { ActionItem, type ActionItemDocument } from "../../models/ActionItem";
import { Decision, type DecisionDocument } from "../../models/Decision";
import { Meeting } from "../../models/Meeting";
import { loadMeeting, meetingTarget, type MeetingRecord } from "../../meetings/meetingStore";
import { authorize, can } from "../../policies";
import { peopleLookup } from "../../presenters/people";
import { presentActionItem, presentDecision } from "../../presenters/records";
import { actingUser, itemTitles, meetingParams, readableMeeting } from "./context";

const before = [requireSignedIn];
const decisionParams = z.object({ decisionId: objectIdSchema });
const actionParams = z.object({ actionId: objectIdSchema });

async function presentDecisions(decisions: DecisionDocument[], meeting: MeetingRecord): Promise<PresentedDecision[]> {
  const people = await peopleLookup(decisions.map((d) => d.recordedBy));
  return decisions.map((d) => presentDecision(d, people, itemTitles(meeting)));
}

/** Action items of several meetings: their meetings and people are loaded with one query each. */
export async function presentActionItems(items: ActionItemDocument[]): Promise<PresentedActionItem[]> {
  const meetings = await Meeting.find({ _id: { $in: [...new Set(items.map((i) => i.meetingId))] } }, { title: 1, agenda: 1 }).lean();
  const titles = new Map(meetings.flatMap((m) => (m.agenda ?? []).map((e) => [e.id, e.title] as const)));
  const meetingTitles = new Map(meetings.map((m) => [String(m._id), m.title]));
  const people = await peopleLookup(items.map((i) => i.ownerId));
  return items.map((i) => presentActionItem(i, people, titles, meetingTitles));
}

export function registerRecordRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/meetings/:id/records", summary: "A meeting's decisions and action items", tag: "decisions", access: "who can see the meeting", before, params: meetingParams },
    async ({ params, req }): Promise<MeetingRecords> => {
      const { meeting } = await readableMeeting(req, params.id);
      const decisions = await Decision.find({ meetingId: params.id }).sort({ recordedAt: 1 }).limit(500);
      const actions = await ActionItem.find({ meetingId: params.id }).sort({ createdAt: 1 }).limit(1000);
      return { decisions: await presentDecisions(decisions, meeting), actionItems: await presentActionItems(actions) };
    },
  );

  api.add(
    {
      method: "post",
      path: "/meetings/:id/decisions",
      summary: "Record a decision on a decision item; refused without a victim-perspective note (victim_note_required)",
      tag: "decisions",
      access: "secretariat, chair; meeting in progress or closed",
      before,
      params: meetingParams,
      body: decisionInputSchema,
      status: 201,
    },
    async ({ params, body, req }): Promise<PresentedDecision> => {
      const { meeting, actor } = await readableMeeting(req, params.id);
      authorize(actor, "decision.record", meetingTarget(meeting));
      const decision = await decisionRecorder({ actor, meetingId: params.id, input: body });
      return (await presentDecisions([decision], meeting))[0]!;
    },
  );

  api.add(
    { method: "patch", path: "/decisions/:decisionId", summary: "Correct a decision before the meeting is finalised", tag: "decisions", access: "secretariat, chair", before, params: decisionParams, body: decisionUpdateSchema },
    async ({ params, body, req }): Promise<PresentedDecision> => {
      const decision = await Decision.findById(params.decisionId);
      if (!decision) throw NotFound("This decision was not found");
      const { meeting, actor } = await readableMeeting(req, decision.meetingId);
      authorize(actor, "decision.record", meetingTarget(meeting));
      const updated = await decisionChanger({ actor, decision, input: body });
      return (await presentDecisions([updated], meeting))[0]!;
    },
  );

  api.add(
    { method: "post", path: "/meetings/:id/action-items", summary: "Record an action item on an agenda item", tag: "action items", access: "secretariat, chair", before, params: meetingParams, body: actionItemInputSchema, status: 201 },
    async ({ params, body, req }): Promise<PresentedActionItem> => {
      const { meeting, actor } = await readableMeeting(req, params.id);
      authorize(actor, "actionItem.manage", meetingTarget(meeting));
      return (await presentActionItems([await actionItemCreator({ actor, meeting, input: body })]))[0]!;
    },
  );

  api.add(
    { method: "patch", path: "/action-items/:actionId", summary: "Change an action item; its owner may change its status only", tag: "action items", access: "secretariat, chair; the owner (status)", before, params: actionParams, body: actionItemUpdateSchema },
    async ({ params, body, req }): Promise<PresentedActionItem> => {
      const item = await ActionItem.findById(params.actionId);
      if (!item) throw NotFound("This action item was not found");
      const actor = actingUser(req);
      const meeting = await loadMeeting(item.meetingId);
      const manager = can(actor, "actionItem.manage", meetingTarget(meeting));
      const onlyStatus = Object.keys(body).every((key) => key === "status");
      if (!manager && !(onlyStatus && can(actor, "actionItem.updateStatus", { ownerId: item.ownerId }))) throw Forbidden();
      return (await presentActionItems([await actionItemUpdater({ item, input: body, actor })]))[0]!;
    },
  );

  api.add(
    { method: "get", path: "/action-items/mine", summary: "The signed-in user's action items, open first, overdue marked", tag: "action items", access: "signed in", before },
    async ({ req }): Promise<PresentedActionItem[]> => {
      const actor = actingUser(req);
      authorize(actor, "actionItem.listOwn");
      const items = await ActionItem.find({ ownerId: actor.id }).sort({ dueDate: 1, createdAt: 1 }).limit(1000);
      const order = { open: 0, in_progress: 0, done: 1 } as const;
      return (await presentActionItems(items)).sort((a, b) => order[a.status] - order[b.status]);
    },
  );
}
