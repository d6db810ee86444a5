import { z } from "zod";
import type { PresentedAgenda, PresentedAgendaChange, PresentedProposal } from "../../../shared/meetingTypes";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { agendaOperationSchema, proposalDecisionSchema, proposalInputSchema } from "../../../shared/schemas/meetings";
import agendaOperator from "../../commands/agendaOperator";
import proposalDecider from "../../commands/proposalDecider";
import proposalSubmitter from "../../commands/proposalSubmitter";
import type { ApiRouter } from "../../http/apiRouter";
import { requireSignedIn } from "../../middlewares/authenticate";
import { AgendaChange } from "../../models/AgendaChange";
import { AgendaProposal } from "../../models/AgendaProposal";
import { meetingTarget } from "../../meetings/meetingStore";
import { authorize } from "../../policies";
import { presentAgenda } from "../../presenters/meetings";
import { peopleLookup } from "../../presenters/people";
import { presentAgendaChange, presentProposal } from "../../presenters/records";
import { meetingParams, readableMeeting } from "./context";

const before = [requireSignedIn];
const proposalParams = z.object({ id: objectIdSchema, proposalId: objectIdSchema });

export function registerAgendaRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/meetings/:id/agenda", summary: "The ordered agenda and its version", tag: "agenda", access: "who can see the meeting", before, params: meetingParams },
    async ({ params, req }): Promise<PresentedAgenda> => presentAgenda((await readableMeeting(req, params.id)).meeting),
  );

  api.add(
    {
      method: "post",
      path: "/meetings/:id/agenda/operations",
      summary: "Apply one agenda change (add, update, remove, move); the room hears agenda.updated",
      tag: "agenda",
      access: "secretariat, chair; while the agenda can change",
      before,
      params: meetingParams,
      body: agendaOperationSchema,
    },
    async ({ params, body, req }): Promise<{ agenda: PresentedAgenda; change: PresentedAgendaChange }> => {
      const { meeting, actor } = await readableMeeting(req, params.id);
      authorize(actor, "agenda.edit", meetingTarget(meeting));
      const { agenda, change } = await agendaOperator({ actor, meetingId: params.id, operation: body });
      return { agenda, change };
    },
  );

  api.add(
    { method: "get", path: "/meetings/:id/agenda/history", summary: "Every agenda change, newest first, with who made it", tag: "agenda", access: "who can see the meeting", before, params: meetingParams },
    async ({ params, req }): Promise<PresentedAgendaChange[]> => {
      await readableMeeting(req, params.id);
      const changes = await AgendaChange.find({ meetingId: params.id }).sort({ version: -1 }).limit(500).lean();
      return changes.map(presentAgendaChange);
    },
  );

  api.add(
    { method: "get", path: "/meetings/:id/proposals", summary: "Agenda items proposed by members", tag: "agenda", access: "who can see the meeting", before, params: meetingParams },
    async ({ params, req }): Promise<PresentedProposal[]> => {
      await readableMeeting(req, params.id);
      const proposals = await AgendaProposal.find({ meetingId: params.id }).sort({ createdAt: 1 }).limit(500);
      const people = await peopleLookup(proposals.flatMap((p) => [p.proposedBy, p.decidedBy]));
      return proposals.map((p) => presentProposal(p, people));
    },
  );

  api.add(
    { method: "post", path: "/meetings/:id/proposals", summary: "Propose an agenda item", tag: "agenda", access: "participants except observers; organisers", before, params: meetingParams, body: proposalInputSchema, status: 201 },
    async ({ params, body, req }): Promise<PresentedProposal> => {
      const { meeting, actor } = await readableMeeting(req, params.id);
      authorize(actor, "agenda.propose", meetingTarget(meeting));
      const proposal = await proposalSubmitter({ actor, meetingId: params.id, input: body });
      return presentProposal(proposal, await peopleLookup([actor.id]));
    },
  );

  api.add(
    { method: "post", path: "/meetings/:id/proposals/:proposalId/decision", summary: "Accept (adds it to the agenda) or decline a proposal", tag: "agenda", access: "secretariat, chair", before, params: proposalParams, body: proposalDecisionSchema },
    async ({ params, body, req }): Promise<PresentedProposal> => {
      const { meeting, actor } = await readableMeeting(req, params.id);
      authorize(actor, "agenda.decideProposal", meetingTarget(meeting));
      const proposal = await proposalDecider({ actor, meetingId: params.id, proposalId: params.proposalId, accept: body.accept, reason: body.reason, acknowledgedFindings: body.acknowledgedFindings });
      return presentProposal(proposal, await peopleLookup([proposal.proposedBy, actor.id]));
    },
  );
}
