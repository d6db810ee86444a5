import type { Country } from "../../shared/domain";
import type {
  PresentedActionItem,
  PresentedAgendaChange,
  PresentedDecision,
  PresentedPrompt,
  PresentedProposal,
} from "../../shared/meetingTypes";
import type { ActionStatus, AgendaItemType, AgendaTag, DecisionMethod, DecisionOutcome, ProposalStatus, VictimNoteKind } from "../../shared/meetings";
import { brusselsToday } from "../../shared/brusselsTime";
import type { ActionItemDocument } from "../models/ActionItem";
import type { AgendaChangeFields } from "../models/AgendaChange";
import type { AgendaProposalDocument } from "../models/AgendaProposal";
import type { DecisionDocument } from "../models/Decision";
import type { VictimPromptDocument } from "../models/VictimPrompt";
import { personRef, type People } from "./people";

/** Titles of agenda items by id, for records that point at them. */
export type ItemTitles = Map<string, string>;

export function presentDecision(decision: DecisionDocument, people: People, titles: ItemTitles): PresentedDecision {
  const votes = decision.votes ? { for: decision.votes.for, against: decision.votes.against, abstain: decision.votes.abstain } : null;
  return {
    id: decision.id,
    meetingId: decision.meetingId,
    itemId: decision.itemId,
    itemTitle: titles.get(decision.itemId) ?? "",
    text: decision.text,
    outcome: decision.outcome as DecisionOutcome,
    method: decision.method as DecisionMethod,
    votes,
    votesByCountry: (decision.votesByCountry ?? []).map((v) => ({ country: v.country as Country, for: v.for ?? 0, against: v.against ?? 0, abstain: v.abstain ?? 0 })),
    victimNote: { kind: decision.victimNote.kind as VictimNoteKind, text: decision.victimNote.text },
    recordedBy: personRef(people, decision.recordedBy),
    recordedAt: decision.recordedAt.toISOString(),
    archiveNumber: decision.archiveNumber ?? null,
    contactPointIds: [...(decision.contactPointIds ?? [])],
  };
}

export function presentActionItem(item: ActionItemDocument, people: People, titles: ItemTitles, meetingTitles: Map<string, string>, today = brusselsToday()): PresentedActionItem {
  const status = item.status as ActionStatus;
  return {
    id: item.id,
    meetingId: item.meetingId,
    meetingTitle: meetingTitles.get(item.meetingId) ?? "",
    itemId: item.itemId,
    itemTitle: titles.get(item.itemId) ?? "",
    description: item.description,
    owner: personRef(people, item.ownerId),
    dueDate: item.dueDate ?? null,
    status,
    overdue: Boolean(item.dueDate && item.dueDate < today && status !== "done"),
  };
}

export function presentProposal(proposal: AgendaProposalDocument, people: People): PresentedProposal {
  return {
    id: proposal.id,
    meetingId: proposal.meetingId,
    title: proposal.title,
    type: proposal.type as AgendaItemType,
    plannedMinutes: proposal.plannedMinutes ?? 0,
    description: proposal.description ?? "",
    tags: [...(proposal.tags ?? [])] as AgendaTag[],
    proposedBy: personRef(people, proposal.proposedBy),
    proposedAt: (proposal.get("createdAt") as Date).toISOString(),
    status: proposal.status as ProposalStatus,
    decidedBy: personRef(people, proposal.decidedBy),
    reason: proposal.reason ?? "",
  };
}

export function presentAgendaChange(change: AgendaChangeFields): PresentedAgendaChange {
  return {
    version: change.version,
    at: change.at.toISOString(),
    actor: change.actorId ? { id: change.actorId, name: change.actorName ?? "" } : null,
    operation: change.operation as PresentedAgendaChange["operation"],
    entryId: change.entryId,
    entryTitle: change.entryTitle ?? "",
    fields: [...(change.fields ?? [])],
    from: change.from ?? null,
    to: change.to ?? null,
  };
}

export function presentPrompt(prompt: VictimPromptDocument): PresentedPrompt {
  return {
    id: prompt.id,
    text: { nl: prompt.text?.nl ?? "", fr: prompt.text?.fr ?? "", en: prompt.text?.en ?? "" },
    tags: [...(prompt.tags ?? [])] as AgendaTag[],
    active: prompt.active,
  };
}
