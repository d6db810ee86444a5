import { createHash } from "node:crypto";
import * as Y from "yjs";
import { audit } from "../audit/auditLog";
import type { CollaborationHub } from "../collaboration/collaborationHub";
import { accessFacts, findDocument } from "../documents/documentAccess";
import { currentYDoc } from "../documents/documentState";
import { domainEvents } from "../domainEvents";
import { Conflict } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { minutesLabels } from "../meetings/minutesLabels";
import { minutesReviewContext } from "../meetings/minutesReviewState";
import { MinutesAmendment } from "../models/MinutesAmendment";
import { MinutesReview } from "../models/MinutesReview";
import type { UserDocument } from "../models/User";
import { authorize, can } from "../policies";
import documentVersionRecorder from "./documentVersionRecorder";

export const stateHash = (state: Uint8Array) => createHash("sha256").update(state).digest("hex");

/**
 * Signs off the minutes (`minutes.signOff`, no amendment left open): the document becomes
 * read-only for everyone first (status archived; live editors are switched to read-only, so no edit
 * slips in between), then its state is frozen as a version whose SHA-256 is kept with who signed and
 * when. Attendees are told (minutes_approved). Approved minutes are never edited again: corrections
 * are numbered amendments (minutesCorrector).
 */
export default async function minutesSigner(props: { actor: ActingUser; meetingId: string; hub: CollaborationHub; now: Date }): Promise<void> {
  const { actor, meetingId, hub, now } = props;
  const { meeting, review, target } = await minutesReviewContext(meetingId, now);
  if (target.phase === "approved" && can(actor, "minutes.signOff", { ...target, phase: "open" })) throw Conflict("These minutes are already signed off", "already_approved");
  authorize(actor, "minutes.signOff", target);
  if ((await MinutesAmendment.countDocuments({ meetingId, status: "open" })) > 0) throw Conflict("Accept or decline every proposed amendment before signing off", "open_amendments");
  const record = await findDocument(review!.documentId);
  if (!record) throw Conflict("The minutes document no longer exists", "minutes_missing");

  record.status = "archived";
  await record.save();
  const facts = accessFacts(record);
  domainEvents.emit("document.accessChanged", record.id, facts);
  await hub.reauthorize(record.id, async (userId, role) => (can({ id: userId, role: role as UserDocument["role"], active: true }, "document.read", facts) ? "read_only" : "closed"));

  const state = Y.encodeStateAsUpdate(await currentYDoc(hub, record.id));
  const version = await documentVersionRecorder({ documentId: record.id, kind: "named", name: minutesLabels(record.language).approvedVersion, state, authorIds: [actor.id] });
  const hash = stateHash(state);
  const approval = { versionId: version.id, hash, signedBy: actor.id, signedAt: now };
  const done = await MinutesReview.updateOne({ _id: review!._id, status: "open" }, { $set: { status: "approved", approval } });
  if (done.modifiedCount === 0) throw Conflict("These minutes were just signed off by someone else", "already_approved");

  await audit({ action: "minutes.signed_off", ...auditActor(actor), target: { type: "meeting", id: meetingId, label: meeting.title }, details: { documentId: record.id, versionId: version.id, hash } });
  domainEvents.emit("minutes.approved", { meetingId, documentId: record.id, byUserId: actor.id });
  domainEvents.emit("meeting.changed", { kind: "details", meetingId });
}
