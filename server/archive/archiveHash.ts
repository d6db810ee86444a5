import { createHash } from "node:crypto";
import type { AgendaTag, DecisionMethod, DecisionOutcome, VictimNoteKind } from "../../shared/meetings";

export { GENESIS_HASH } from "../audit/auditHash";

/** Every field of an archive record that its hash covers, the previous record's hash included. */
export interface ArchiveHashedFields {
  seq: number;
  number: string;
  kind: "decision" | "amendment";
  sourceKey: string;
  amends: string | null;
  meetingId: string;
  meetingTitle: string;
  meetingDate: Date;
  itemTitle: string;
  text: string;
  outcome: DecisionOutcome;
  method: DecisionMethod;
  votes: string;
  victimNoteKind: VictimNoteKind;
  victimNote: string;
  tags: AgendaTag[];
  recordedBy: string;
  recordedById: string | null;
  archivedAt: Date;
  archivedBy: string;
  archivedById: string | null;
  reason: string;
  prevHash: string;
}

/** SHA-256 over a fixed-order serialisation, as the audit log does (server/audit/auditHash.ts). */
export function hashArchiveRecord(r: ArchiveHashedFields): string {
  const canonical = JSON.stringify([
    r.seq,
    r.number,
    r.kind,
    r.sourceKey,
    r.amends,
    r.meetingId,
    r.meetingTitle,
    r.meetingDate.toISOString(),
    r.itemTitle,
    r.text,
    r.outcome,
    r.method,
    r.votes,
    r.victimNoteKind,
    r.victimNote,
    r.tags,
    r.recordedBy,
    r.recordedById,
    r.archivedAt.toISOString(),
    r.archivedBy,
    r.archivedById,
    r.reason,
    r.prevHash,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}
