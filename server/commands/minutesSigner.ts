import { createHash } from "node:crypto";
import { audit } from "../audit/auditLog";
import type { CollaborationHub } from "../collaboration/collaborationHub";
import { accessFacts, findDocument } from "../documents/documentAccess";
import { guardedSnapshot, storePublication } from "../documents/publication";
import type { DocumentRecord } from "../models/Document";
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
 * when. Like publishing, it goes through the personal-data guard (names of the workspace's own
 * accounts excepted, see documentFindings), and the approved version becomes the published one, which
 * observers invited to the meeting read. Attendees are told (minutes_approved). Approved minutes are
 * never edited again: corrections are numbered amendments (minutesCorrector).
 */
export default async function minutesSigner(props: { actor: ActingUser; meetingId: string; hub: CollaborationHub; now: Date }): Promise<void> {
  const { actor, meetingId, hub, now } = props;
  const { meeting, review, target } = await minutesReviewContext(meetingId, now);
  if (target.phase === "approved" && can(actor, "minutes.signOff", { ...target, phase: "open" })) throw Conflict("These minutes are already signed off", "already_approved");
  authorize(actor, "minutes.signOff", target);
  if ((await MinutesAmendment.countDocuments({ meetingId, status: "open" })) > 0) throw Conflict("Accept or decline every proposed amendment before signing off", "open_amendments");
  const record = await findDocument(review!.documentId);
  if (!record) throw Conflict("The minutes document no longer exists", "minutes_missing");
  // Refused (409 personal_data_unacknowledged, nothing changed) while a finding is open; the secretariat
  // rewrites it or acknowledges it in the document, as for publishing.
  await guardedSnapshot(hub, record);

  const previousStatus = record.status;
  await freeze(record, hub, "archived");
  // Checked again on the frozen state: an edit could have arrived between the first check and the freeze.
  const snapshot = await guardedSnapshot(hub, record).catch(async (error: unknown) => {
    await freeze(record, hub, previousStatus);
    throw error;
  });
  const version = await documentVersionRecorder({ documentId: record.id, kind: "named", name: minutesLabels(record.language).approvedVersion, state: snapshot.state, authorIds: [actor.id] });
  const hash = stateHash(snapshot.state);
  const approval = { versionId: version.id, hash, signedBy: actor.id, signedAt: now };
  const done = await MinutesReview.updateOne({ _id: review!._id, status: "open" }, { $set: { status: "approved", approval } });
  if (done.modifiedCount === 0) throw Conflict("These minutes were just signed off by someone else", "already_approved");
  // The approved version is also the published one: observers invited to the meeting read it (and only it).
  const publishedHash = await storePublication(record, snapshot, actor);
  domainEvents.emit("document.accessChanged", record.id, accessFacts(record));
  hub.publishedChanged(record.id, snapshot.state);

  await audit({ action: "minutes.signed_off", ...auditActor(actor), target: { type: "meeting", id: meetingId, label: meeting.title }, details: { documentId: record.id, versionId: version.id, hash, publishedHash } });
  domainEvents.emit("minutes.approved", { meetingId, documentId: record.id, byUserId: actor.id });
  domainEvents.emit("meeting.changed", { kind: "details", meetingId });
}

/** Sets the status and moves live connections accordingly: editing only while not archived. */
async function freeze(record: DocumentRecord, hub: CollaborationHub, status: DocumentRecord["status"]): Promise<void> {
  record.status = status;
  await record.save();
  const facts = accessFacts(record);
  domainEvents.emit("document.accessChanged", record.id, facts);
  await hub.reauthorize(record.id, async (userId, role) => {
    const user = { id: userId, role: role as UserDocument["role"], active: true };
    if (!can(user, "document.read", facts)) return "closed";
    return can(user, "document.update", facts) ? "edit" : "read_only";
  });
}
