import type { z } from "zod";
import type { proposalInputSchema } from "../../shared/schemas/meetings";
import { domainEvents } from "../domainEvents";
import { AgendaProposal, type AgendaProposalDocument } from "../models/AgendaProposal";
import type { ActingUser } from "../meetings/actingUser";
import { loadMeeting, meetingTarget } from "../meetings/meetingStore";
import { authorize } from "../policies";

/** A member proposes an agenda item (`agenda.propose`); it waits for the chair. */
export default async function proposalSubmitter(props: {
  actor: ActingUser;
  meetingId: string;
  input: z.output<typeof proposalInputSchema>;
}): Promise<AgendaProposalDocument> {
  authorize(props.actor, "agenda.propose", meetingTarget(await loadMeeting(props.meetingId)));
  const proposal = await AgendaProposal.create({ meetingId: props.meetingId, ...props.input, proposedBy: props.actor.id });
  domainEvents.emit("meeting.changed", { kind: "proposals", meetingId: props.meetingId });
  return proposal;
}
