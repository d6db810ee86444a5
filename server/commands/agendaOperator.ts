import { Types } from "mongoose";
import { applyAgendaOperation } from "../../shared/agenda";
import type { PresentedAgenda, PresentedAgendaChange } from "../../shared/meetingTypes";
import { AGENDA_EDITABLE, type MeetingStatus } from "../../shared/meetings";
import type { ParsedAgendaOperation } from "../../shared/schemas/meetings";
import { Conflict } from "../errors";
import { domainEvents } from "../domainEvents";
import { AgendaChange } from "../models/AgendaChange";
import type { ActingUser } from "../meetings/actingUser";
import { auditAcknowledgements, guardWrittenText, type FieldFinding } from "../meetings/writtenTextGuard";
import { agendaLocked, entryNotFound } from "../meetings/meetingErrors";
import { meetingTarget, mutateMeeting } from "../meetings/meetingStore";
import { authorize } from "../policies";
import { roleMayAct } from "../meetings/meetingAuthorization";
import { presentAgenda, presentAgendaEntry, presentLive } from "../presenters/meetings";

/**
 * The description an operation writes passes the shared personal-data guard (it goes to the minutes):
 * refused with 422 until rewritten or acknowledged in the operation; acknowledgements are audited.
 * Pure, so it may run again when the meeting's write is retried.
 */
function guardedDescription(operation: ParsedAgendaOperation, actor: ActingUser): FieldFinding[] {
  const description = operation.op === "add" ? operation.entry.description : operation.op === "update" ? operation.changes.description : undefined;
  if (!description || (operation.op !== "add" && operation.op !== "update")) return [];
  return guardWrittenText({ texts: [{ field: "description", text: description }], previous: [], acknowledgedKeys: operation.acknowledgedFindings ?? [], actor }).added;
}

/**
 * Applies one agenda operation on the server's copy of the agenda, bumps its version, records who did
 * what in the change history and tells the meeting's room. Every client then shows the server's
 * agenda, so edits made at the same moment by several preparers converge. Authorizes
 * `agenda.edit` against the meeting as it is when the change is written.
 */
export default async function agendaOperator(props: {
  actor: ActingUser;
  meetingId: string;
  operation: ParsedAgendaOperation;
  /** Shown in the history instead of "add" when a proposal became an item. */
  historyOperation?: "accept_proposal";
}): Promise<{ agenda: PresentedAgenda; change: PresentedAgendaChange; entryId: string }> {
  const { actor, operation } = props;
  const { meeting, result } = await mutateMeeting(props.meetingId, (current) => {
    roleMayAct(actor, "agenda.edit", meetingTarget(current), "scheduled");
    if (!AGENDA_EDITABLE.includes(current.status as MeetingStatus)) throw agendaLocked();
    authorize(actor, "agenda.edit", meetingTarget(current));
    const acknowledged = guardedDescription(operation, actor);
    const entries = (current.agenda ?? []).map(presentAgendaEntry);
    const applied = applyAgendaOperation(entries, operation, () => new Types.ObjectId().toHexString());
    if (applied === "entry_not_found") throw entryNotFound();
    if (applied === "agenda_full") throw Conflict("The agenda has as many entries as it can hold", "agenda_full");
    const version = (current.agendaVersion ?? 0) + 1;
    const removedCurrent = operation.op === "remove" && current.currentItemId === operation.id;
    const set = {
      agenda: applied.entries,
      agendaVersion: version,
      ...(removedCurrent ? { currentItemId: null } : {}),
      ...(operation.op === "remove" && current.timer?.itemId === operation.id ? { timer: null } : {}),
    };
    return { set: set as never, result: { applied, version, acknowledged, liveChanged: removedCurrent || set.timer === null } };
  });
  const change: PresentedAgendaChange = {
    version: result.version,
    at: new Date().toISOString(),
    actor: { id: actor.id, name: actor.name },
    operation: props.historyOperation ?? operation.op,
    entryId: result.applied.entry.id,
    entryTitle: result.applied.entry.title,
    fields: result.applied.fields,
    from: result.applied.from === null ? null : result.applied.from + 1,
    to: result.applied.to === null ? null : result.applied.to + 1,
  };
  const agenda = presentAgenda(meeting);
  // Emitted before anything else is awaited: changes to one meeting leave mutateMeeting in version
  // order, and so reach the room in version order.
  domainEvents.emit("meeting.changed", { kind: "agenda", meetingId: props.meetingId, agenda, change });
  // Removing the item being discussed also changes what everyone follows.
  if (result.liveChanged) domainEvents.emit("meeting.changed", { kind: "live", meetingId: props.meetingId, live: presentLive(meeting) });
  await auditAcknowledgements(result.acknowledged, actor, "agenda.finding_acknowledged", { type: "agendaItem", id: result.applied.entry.id, label: result.applied.entry.title });
  await AgendaChange.create({ meetingId: props.meetingId, ...change, at: new Date(change.at), actorId: actor.id, actorName: actor.name });
  return { agenda, change, entryId: result.applied.entry.id };
}
