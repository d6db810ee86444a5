import type { z } from "zod";
import type { decisionInputSchema, decisionUpdateSchema } from "../../shared/schemas/decisions";
import { RECORDING_OPEN, type MeetingStatus } from "../../shared/meetings";
import { audit } from "../audit/auditLog";
import { NotFound } from "../errors";
import { domainEvents } from "../domainEvents";
import { Decision, type DecisionDocument } from "../models/Decision";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { alreadyArchived, invalidStatus, notADecisionItem, votesRequired } from "../meetings/meetingErrors";
import { loadMeeting, meetingTarget } from "../meetings/meetingStore";
import { authorize } from "../policies";
import { roleMayAct } from "../meetings/meetingAuthorization";
import { requireVictimNote } from "../meetings/victimNote";
import { auditAcknowledgements, guardWrittenText } from "../meetings/writtenTextGuard";
import type { FindingAcknowledgement } from "../models/findingAcknowledgement";

type DecisionFieldsInput = z.output<typeof decisionUpdateSchema>;

/**
 * Checks shared by recording and changing: the victim note first, then the rest, then the
 * personal-data guard on the text and the note (they go to the minutes and the archive).
 */
function checkedFields(input: DecisionFieldsInput, actor: ActingUser, previous: readonly FindingAcknowledgement[]) {
  const victimNote = requireVictimNote(input.victimNote);
  if (input.method === "vote" && !input.votes) throw votesRequired();
  const byVote = input.method === "vote";
  const guarded = guardWrittenText({ texts: [{ field: "text", text: input.text }, { field: "victimNote.text", text: victimNote.text }], previous, acknowledgedKeys: input.acknowledgedFindings, actor });
  return {
    added: guarded.added,
    acknowledgements: guarded.acknowledgements,
    text: input.text,
    outcome: input.outcome,
    method: input.method,
    votes: byVote ? input.votes : null,
    votesByCountry: byVote ? input.votesByCountry : [],
    victimNote,
    ...(input.contactPointIds ? { contactPointIds: input.contactPointIds } : {}),
  };
}

/**
 * Records a decision on a decision item of a meeting that is in progress or closed. The victim-
 * perspective note is required: the same check runs for HTTP and socket, before anything is stored.
 */
export default async function decisionRecorder(props: { actor: ActingUser; meetingId: string; input: z.output<typeof decisionInputSchema> }): Promise<DecisionDocument> {
  const { actor, input } = props;
  const meeting = await loadMeeting(props.meetingId);
  roleMayAct(actor, "decision.record", meetingTarget(meeting), "in_progress");
  const { added, ...fields } = checkedFields(input, actor, []);
  if (!RECORDING_OPEN.includes(meeting.status as MeetingStatus)) throw invalidStatus("Decisions are recorded while the meeting is in progress or closed, before it is finalised");
  authorize(actor, "decision.record", meetingTarget(meeting));
  const item = (meeting.agenda ?? []).find((e) => e.id === input.itemId && e.kind === "item");
  if (!item) throw NotFound("This agenda item was not found");
  if (item.type !== "decision") throw notADecisionItem();
  const decision = await Decision.create({ meetingId: props.meetingId, itemId: input.itemId, ...fields, recordedBy: actor.id, recordedAt: new Date() });
  await audit({ action: "decision.recorded", ...auditActor(actor), target: { type: "decision", id: decision.id, label: item.title }, details: { meetingId: props.meetingId, outcome: fields.outcome } });
  await auditAcknowledgements(added, actor, "decision.finding_acknowledged", { type: "decision", id: decision.id, label: item.title });
  domainEvents.emit("meeting.changed", { kind: "records", meetingId: props.meetingId });
  return decision;
}

/** Changes a decision before the meeting is finalised; the victim note is required again. */
export async function decisionChanger(props: { actor: ActingUser; decision: DecisionDocument; input: DecisionFieldsInput }): Promise<DecisionDocument> {
  const meeting = await loadMeeting(props.decision.meetingId);
  roleMayAct(props.actor, "decision.record", meetingTarget(meeting), "in_progress");
  const { added, ...fields } = checkedFields(props.input, props.actor, props.decision.acknowledgements);
  if (props.decision.archiveNumber) throw alreadyArchived();
  if (!RECORDING_OPEN.includes(meeting.status as MeetingStatus)) throw invalidStatus("This meeting's decisions can no longer change");
  authorize(props.actor, "decision.record", meetingTarget(meeting));
  const updated = await Decision.findOneAndUpdate({ _id: props.decision._id, archiveNumber: null }, { $set: fields }, { returnDocument: "after" });
  if (!updated) throw alreadyArchived();
  await audit({ action: "decision.changed", ...auditActor(props.actor), target: { type: "decision", id: updated.id }, details: { meetingId: updated.meetingId } });
  await auditAcknowledgements(added, props.actor, "decision.finding_acknowledged", { type: "decision", id: updated.id });
  domainEvents.emit("meeting.changed", { kind: "records", meetingId: updated.meetingId });
  return updated;
}
