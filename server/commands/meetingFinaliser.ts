import { brusselsYear } from "../../shared/brusselsTime";
import type { AgendaTag } from "../../shared/meetings";
import { appendArchiveRecord } from "../archive/archiveChain";
import { audit } from "../audit/auditLog";
import { domainEvents } from "../domainEvents";
import { findingSummary, personalDataFindings } from "../documents/personalDataFindings";
import { HttpError } from "../errors";
import { Decision, type DecisionDocument } from "../models/Decision";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { invalidStatus } from "../meetings/meetingErrors";
import { loadMeeting, mutateMeeting } from "../meetings/meetingStore";
import { peopleLookup } from "../presenters/people";

/**
 * The archive (and its PDF) never holds an unacknowledged finding: recording a decision already
 * refuses one, and this catches decisions stored before that check. 409 with the decision and its
 * findings (masked); the chair changes the decision, rewriting or acknowledging them.
 */
function refuseUnacknowledgedFindings(decisions: DecisionDocument[]): void {
  for (const decision of decisions) {
    const findings = [decision.text, decision.victimNote.text].flatMap((text) => personalDataFindings(text, decision)).filter((f) => !f.acknowledged);
    if (findings.length > 0) {
      throw new HttpError(409, "personal_data_unacknowledged", "A decision holds likely personal data that nobody acknowledged; change the decision first", {
        decisionId: decision.id,
        findings: findings.map(findingSummary),
      });
    }
  }
}

/**
 * The secretariat finalises a closed meeting: each decision, in agenda order, becomes an immutable,
 * numbered, hash-chained archive record; then the meeting is marked finalised. Without transactions
 * the order matters: records first (idempotent per decision, so a re-run after a crash completes the
 * job without duplicates), the meeting's status last.
 */
export default async function meetingFinaliser(props: { actor: ActingUser; meetingId: string }): Promise<string[]> {
  const { actor } = props;
  const meeting = await loadMeeting(props.meetingId);
  if (meeting.status !== "closed") throw invalidStatus("Only a closed meeting can be finalised");
  const position = new Map((meeting.agenda ?? []).map((e, i) => [e.id, i]));
  const decisions = (await Decision.find({ meetingId: props.meetingId }).sort({ recordedAt: 1 })).sort(
    (a, b) => (position.get(a.itemId) ?? 999) - (position.get(b.itemId) ?? 999) || a.recordedAt.getTime() - b.recordedAt.getTime(),
  );
  refuseUnacknowledgedFindings(decisions.filter((d) => !d.archiveNumber));
  const people = await peopleLookup(decisions.map((d) => d.recordedBy));
  const numbers: string[] = [];
  for (const decision of decisions) {
    const item = (meeting.agenda ?? []).find((e) => e.id === decision.itemId);
    const number = await appendArchiveRecord({
      year: brusselsYear(meeting.startsAt),
      kind: "decision",
      sourceKey: `decision:${decision.id}`,
      amends: null,
      meetingId: props.meetingId,
      meetingTitle: meeting.title,
      meetingDate: meeting.startsAt,
      itemTitle: item?.title ?? "",
      text: decision.text,
      outcome: decision.outcome,
      method: decision.method,
      votes: JSON.stringify({ votes: decision.votes ?? null, votesByCountry: decision.votesByCountry ?? [] }),
      victimNoteKind: decision.victimNote.kind,
      victimNote: decision.victimNote.text,
      tags: [...(item?.tags ?? [])] as AgendaTag[],
      recordedBy: people.get(decision.recordedBy)?.name ?? "",
      recordedById: decision.recordedBy,
      archivedAt: new Date(),
      archivedBy: actor.name,
      archivedById: actor.id,
      reason: "",
    });
    await Decision.updateOne({ _id: decision._id, archiveNumber: null }, { $set: { archiveNumber: number } });
    numbers.push(number);
  }
  await mutateMeeting(props.meetingId, (current) => {
    if (current.status !== "closed") throw invalidStatus("Only a closed meeting can be finalised");
    return { set: { status: "finalised", finalisedAt: new Date() }, result: null };
  });
  await audit({ action: "meeting.finalised", ...auditActor(actor), target: { type: "meeting", id: props.meetingId, label: meeting.title }, details: { numbers } });
  domainEvents.emit("meeting.changed", { kind: "details", meetingId: props.meetingId });
  domainEvents.emit("meeting.changed", { kind: "records", meetingId: props.meetingId });
  domainEvents.emit("decisions.archived", { meetingId: props.meetingId, numbers, byUserId: actor.id });
  return numbers;
}
