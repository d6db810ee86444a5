import { KEYED, keyedDigest, legacyDigest } from "../audit/auditKey";
import type { AgendaTag, DecisionMethod, DecisionOutcome, VictimNoteKind } from "../../shared/meetings";

export { GENESIS_HASH } from "../audit/auditHash";

/** Every field of an archive record that its hash covers, the previous record's hash included. */
export interface ArchiveHashedFields {
  /** KEYED (HMAC-SHA-256 under the audit key); null for records from before the key (plain SHA-256, no year). */
  v: number | null;
  seq: number;
  number: string;
  year: number;
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

/**
 * A fixed-order serialisation of every stored field, the previous record's hash included, under the
 * record's version. Records from before the key were hashed with plain SHA-256 and without `year`;
 * their year is checked against their number instead (archiveChain.ts).
 */
export function hashArchiveRecord(r: ArchiveHashedFields): string {
  const fields = [
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
  ];
  if (r.v === KEYED) return keyedDigest("archive-record", JSON.stringify([KEYED, r.year, ...fields]));
  return legacyDigest(JSON.stringify(fields));
}
