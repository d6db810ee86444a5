import type { z } from "zod";
import type { proposalInputSchema } from "../../shared/schemas/meetings";
import { domainEvents } from "../domainEvents";
import { auditAcknowledgements, guardWrittenText } from "../meetings/writtenTextGuard";
import { AgendaProposal, type AgendaProposalDocument } from "../models/AgendaProposal";
import type { ActingUser } from "../meetings/actingUser";
import { loadMeeting, meetingTarget } from "../meetings/meetingStore";
import { authorize } from "../policies";

/**
 * A member proposes an agenda item (`agenda.propose`); it waits for the chair. Its description goes
 * through the personal-data guard now, as an agenda item's does, so the chair accepts a checked text.
 */
export default async function proposalSubmitter(props: {
  actor: ActingUser;
  meetingId: string;
  input: z.output<typeof proposalInputSchema>;
}): Promise<AgendaProposalDocument> {
  authorize(props.actor, "agenda.propose", meetingTarget(await loadMeeting(props.meetingId)));
  const { acknowledgedFindings = [], ...input } = props.input;
  const guarded = guardWrittenText({ texts: [{ field: "description", text: input.description }], previous: [], acknowledgedKeys: acknowledgedFindings, actor: props.actor });
  const proposal = await AgendaProposal.create({ meetingId: props.meetingId, ...input, acknowledgements: guarded.acknowledgements, proposedBy: props.actor.id });
  await auditAcknowledgements(guarded.added, props.actor, "proposal.finding_acknowledged", { type: "meeting", id: props.meetingId, label: input.title });
  domainEvents.emit("meeting.changed", { kind: "proposals", meetingId: props.meetingId });
  return proposal;
}
