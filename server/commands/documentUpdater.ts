import type { z } from "zod";
import type { updateDocumentSchema } from "../../shared/schemas/documents";
import { audit } from "../audit/auditLog";
import type { CollaborationHub } from "../collaboration/collaborationHub";
import { accessFacts } from "../documents/documentAccess";
import { guardedSnapshot, storePublication } from "../documents/publication";
import { domainEvents } from "../domainEvents";
import { Conflict, Validation } from "../errors";
import { isApprovedMinutes } from "../meetings/minutesReviewState";
import type { DocumentRecord } from "../models/Document";
import { User, type UserDocument } from "../models/User";
import { authorize, can } from "../policies";

type Input = z.output<typeof updateDocumentSchema>;
const MANAGED: Array<keyof Input> = ["classification", "status", "memberIds"];

/**
 * Changes a document's metadata. Classification, status and members need "manage"; publishing
 * (status published, or classification public) is refused while personal-data findings remain
 * unacknowledged. Access changes reach live editors at once.
 */
export default async function documentUpdater(props: {
  record: DocumentRecord;
  input: Input;
  actor: UserDocument;
  hub: CollaborationHub;
  ip: string;
}): Promise<DocumentRecord> {
  const { record, input, actor, hub } = props;
  const facts = accessFacts(record);
  // Signed-off minutes are frozen: not even the secretariat reopens them (corrections are numbered amendments).
  if (await isApprovedMinutes(record.id)) throw Conflict("These minutes are approved and frozen; add a numbered correction instead", "minutes_approved");
  authorize(actor, "document.update", facts);
  if (MANAGED.some((key) => input[key] !== undefined)) authorize(actor, "document.manage", facts);

  const publishing = (input.status === "published" && record.status !== "published") || (input.classification === "public" && record.classification !== "public");
  // Checked before anything changes; stored as the published version once the metadata is saved.
  const snapshot = publishing ? await guardedSnapshot(hub, record) : null;
  if (input.memberIds && (await User.countDocuments({ _id: { $in: input.memberIds } })) !== new Set(input.memberIds).size) {
    throw Validation([{ path: "body.memberIds", message: "unknown user" }]);
  }

  const before = { classification: record.classification, status: record.status, members: facts.memberIds.length };
  if (input.title !== undefined) record.title = input.title;
  if (input.language !== undefined) record.language = input.language;
  if (input.countries !== undefined) record.countries = input.countries;
  if (input.tags !== undefined) record.tags = input.tags;
  if (input.classification !== undefined) record.classification = input.classification;
  if (input.status !== undefined) record.status = input.status;
  if (input.memberIds !== undefined) record.memberIds = [...new Set(input.memberIds)] as never;
  await record.save();
  const publishedHash = snapshot ? await storePublication(record, snapshot, actor) : null;

  const after = accessFacts(record);
  const context = { actor: { id: actor.id, name: actor.name }, ip: props.ip, target: { type: "document", id: record.id, label: record.title } };
  if (before.classification !== record.classification) await audit({ ...context, action: "document.classification_changed", details: { from: before.classification, to: record.classification } });
  if (before.status !== record.status) await audit({ ...context, action: "document.status_changed", details: { from: before.status, to: record.status } });
  if (input.memberIds !== undefined) await audit({ ...context, action: "document.members_changed", details: { count: after.memberIds.length } });
  if (snapshot) await audit({ ...context, action: "document.published", details: { hash: publishedHash, republished: false } });
  domainEvents.emit("document.accessChanged", record.id, after);
  const named = after.memberIds.filter((id) => !facts.memberIds.includes(id) || (after.classification === "restricted" && facts.classification !== "restricted"));
  if (named.length > 0) domainEvents.emit("document.membersAdded", { documentId: record.id, userIds: named, byUserId: actor.id });
  await hub.reauthorize(record.id, async (userId, role) => {
    const user = { id: userId, role: role as UserDocument["role"], active: true };
    if (!can(user, "document.read", after)) return "closed";
    return can(user, "document.update", after) ? "edit" : "read_only";
  });
  if (snapshot) hub.publishedChanged(record.id, snapshot.state);
  return record;
}
