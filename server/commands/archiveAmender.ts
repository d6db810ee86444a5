import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { brusselsYear } from "../../shared/brusselsTime";
import type { amendmentInputSchema } from "../../shared/schemas/decisions";
import type { AgendaTag } from "../../shared/meetings";
import { appendArchiveRecord } from "../archive/archiveChain";
import { audit } from "../audit/auditLog";
import { domainEvents } from "../domainEvents";
import { NotFound } from "../errors";
import { ArchiveRecord } from "../models/ArchiveRecord";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { requireVictimNote } from "../meetings/victimNote";
import { auditAcknowledgements, guardWrittenText } from "../meetings/writtenTextGuard";

/**
 * A correction never changes a record: it is a new record (with its own number) that points to the
 * original and repeats the corrected decision in full, victim note included. Like a decision, it
 * passes the personal-data guard first (422 personal_data_found until each finding is rewritten or
 * acknowledged; acknowledgements audited), so the archive and its PDF hold no unacknowledged finding.
 */
export default async function archiveAmender(props: { actor: ActingUser; number: string; input: z.output<typeof amendmentInputSchema> }): Promise<string> {
  const { actor, input } = props;
  const victimNote = requireVictimNote(input.victimNote);
  const original = await ArchiveRecord.findOne({ number: props.number }).lean();
  if (!original) throw NotFound("There is no archive record with this number");
  const texts = [
    { field: "text", text: input.text },
    { field: "victimNote.text", text: victimNote.text },
    { field: "reason", text: input.reason },
  ];
  const guarded = guardWrittenText({ texts, previous: [], acknowledgedKeys: input.acknowledgedFindings, actor });
  const now = new Date();
  const number = await appendArchiveRecord({
    year: brusselsYear(now),
    kind: "amendment",
    sourceKey: `amendment:${randomUUID()}`,
    amends: original.number,
    meetingId: original.meetingId,
    meetingTitle: original.meetingTitle,
    meetingDate: original.meetingDate,
    itemTitle: original.itemTitle ?? "",
    text: input.text,
    outcome: input.outcome,
    method: original.method,
    votes: original.votes ?? "null",
    victimNoteKind: victimNote.kind,
    victimNote: victimNote.text,
    tags: [...(original.tags ?? [])] as AgendaTag[],
    recordedBy: actor.name,
    recordedById: actor.id,
    archivedAt: now,
    archivedBy: actor.name,
    archivedById: actor.id,
    reason: input.reason,
  });
  await auditAcknowledgements(guarded.added, actor, "archive.finding_acknowledged", { type: "archive_record", id: number, label: number });
  await audit({ action: "archive.amended", ...auditActor(actor), target: { type: "archive_record", id: number, label: number }, details: { amends: original.number } });
  domainEvents.emit("archive.amended", { meetingId: original.meetingId, number, amends: original.number, byUserId: actor.id });
  return number;
}
