import type { PresentedArchiveRecord, VoteCounts } from "../../shared/meetingTypes";
import type { AgendaTag, DecisionMethod, DecisionOutcome, VictimNoteKind } from "../../shared/meetings";
import type { Integrity } from "../archive/archiveIntegrity";
import type { ArchiveRecordFields } from "../models/ArchiveRecord";

/** `integrity` from archiveIntegrity(): a record that no longer matches its hash says so. */
export function presentArchiveRecord(record: ArchiveRecordFields, amendedBy: Map<string, string[]>, integrity: Map<string, Integrity>): PresentedArchiveRecord {
  let votes: VoteCounts | null = null;
  try {
    votes = (JSON.parse(record.votes ?? "null") as { votes?: VoteCounts | null } | null)?.votes ?? null;
  } catch {
    votes = null;
  }
  return {
    number: record.number,
    kind: record.kind,
    amends: record.amends ?? null,
    amendedBy: amendedBy.get(record.number) ?? [],
    meetingId: record.meetingId,
    meetingTitle: record.meetingTitle,
    meetingDate: record.meetingDate.toISOString(),
    itemTitle: record.itemTitle ?? "",
    text: record.text,
    outcome: record.outcome as DecisionOutcome,
    method: record.method as DecisionMethod,
    votes,
    victimNote: { kind: record.victimNoteKind as VictimNoteKind, text: record.victimNote },
    tags: [...(record.tags ?? [])] as AgendaTag[],
    recordedBy: record.recordedBy ?? "",
    archivedAt: record.archivedAt.toISOString(),
    archivedBy: record.archivedBy ?? "",
    reason: record.reason ?? "",
    hash: record.hash,
    integrity: integrity.get(record.number) ?? "broken",
  };
}
