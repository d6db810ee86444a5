import { Conflict, NotFound } from "../errors";
import { domainEvents } from "../domainEvents";
import { AgendaProposal, type AgendaProposalDocument } from "../models/AgendaProposal";
import type { ActingUser } from "../meetings/actingUser";
import agendaOperator from "./agendaOperator";

/**
 * The chair accepts a proposal (it becomes the last agenda item) or declines it. The proposal is
 * claimed with a conditional update first, so two chairs clicking at once cannot add it twice; if
 * adding it to the agenda fails, the claim is given back.
 */
export default async function proposalDecider(props: {
  actor: ActingUser;
  meetingId: string;
  proposalId: string;
  accept: boolean;
  reason: string;
  /** Findings in the description that may stay: the agenda's personal-data guard runs on acceptance. */
  acknowledgedFindings?: string[];
}): Promise<AgendaProposalDocument> {
  const { actor, accept } = props;
  const claimed = await AgendaProposal.findOneAndUpdate(
    { _id: props.proposalId, meetingId: props.meetingId, status: "pending" },
    { $set: { status: accept ? "accepted" : "declined", decidedBy: actor.id, decidedAt: new Date(), reason: props.reason } },
    { returnDocument: "after" },
  );
  if (!claimed) {
    if (await AgendaProposal.exists({ _id: props.proposalId, meetingId: props.meetingId })) throw Conflict("This proposal has already been decided", "already_decided");
    throw NotFound("This proposal was not found");
  }
  if (accept) {
    try {
      const { entryId } = await agendaOperator({
        actor,
        meetingId: props.meetingId,
        historyOperation: "accept_proposal",
        operation: {
          op: "add",
          entry: {
            kind: "item",
            title: claimed.title,
            type: claimed.type as "discussion",
            presenter: "",
            plannedMinutes: claimed.plannedMinutes ?? 10,
            description: claimed.description ?? "",
            documentIds: [],
            tags: [...(claimed.tags ?? [])] as never,
          },
          // What the proposer acknowledged on submission, and what the chair acknowledges now.
          acknowledgedFindings: [...new Set([...(claimed.acknowledgements ?? []).map((a) => a.key), ...(props.acknowledgedFindings ?? [])])],
        },
      });
      claimed.entryId = entryId;
      await AgendaProposal.updateOne({ _id: claimed._id }, { $set: { entryId } });
    } catch (error) {
      await AgendaProposal.updateOne({ _id: claimed._id }, { $set: { status: "pending", decidedBy: null, decidedAt: null } });
      throw error;
    }
  }
  domainEvents.emit("meeting.changed", { kind: "proposals", meetingId: props.meetingId });
  return claimed;
}
