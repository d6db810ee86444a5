import { createHash } from "node:crypto";
import { audit } from "../audit/auditLog";
import { domainEvents } from "../domainEvents";
import { Conflict } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { minutesReviewContext } from "../meetings/minutesReviewState";
import { MinutesCorrection } from "../models/MinutesCorrection";
import { authorize } from "../policies";
import { workspaceNameKeys } from "../documents/documentFindings";
import { auditAcknowledgements, guardWrittenText } from "../meetings/writtenTextGuard";

/** What a correction's hash covers: the one before it, its number, author, time and text. */
export function correctionHash(fields: { previousHash: string; meetingId: string; number: number; authorId: string; createdAt: Date; text: string }): string {
  return createHash("sha256")
    .update(JSON.stringify([fields.previousHash, fields.meetingId, fields.number, fields.authorId, fields.createdAt.toISOString(), fields.text]))
    .digest("hex");
}

/**
 * A correction to approved minutes (`minutes.correct`): a new numbered amendment chained to the
 * previous one (or to the approval), never an edit of the frozen minutes. It passes the
 * personal-data guard first (422 personal_data_found until rewritten or acknowledged; audited). The
 * number is claimed by a unique insert; a concurrent correction retries with the next number.
 */
export default async function minutesCorrector(props: { actor: ActingUser; meetingId: string; text: string; acknowledgedFindings?: string[]; now: Date }): Promise<number> {
  const { actor, meetingId, text, now } = props;
  const { meeting, review, target } = await minutesReviewContext(meetingId, now);
  authorize(actor, "minutes.correct", target);
  // Part of the minutes: the personal-data guard, with the minutes' exemption for the workspace's own names.
  const guarded = guardWrittenText({ texts: [{ field: "text", text }], previous: [], acknowledgedKeys: props.acknowledgedFindings ?? [], actor, exemptKeys: await workspaceNameKeys() });
  for (let attempt = 0; attempt < 5; attempt++) {
    const last = await MinutesCorrection.findOne({ meetingId }).sort({ number: -1 }).lean();
    const fields = { meetingId, number: (last?.number ?? 0) + 1, authorId: actor.id, createdAt: now, text, previousHash: last?.hash ?? review!.approval!.hash };
    try {
      await MinutesCorrection.create({ ...fields, hash: correctionHash(fields) });
    } catch (error) {
      if ((error as { code?: number }).code === 11000) continue;
      throw error;
    }
    await auditAcknowledgements(guarded.added, actor, "minutes.finding_acknowledged", { type: "meeting", id: meetingId, label: meeting.title });
    await audit({ action: "minutes.corrected", ...auditActor(actor), target: { type: "meeting", id: meetingId, label: meeting.title }, details: { number: fields.number } });
    domainEvents.emit("meeting.changed", { kind: "details", meetingId });
    return fields.number;
  }
  throw Conflict("Several corrections arrived at once; try again", "busy");
}
