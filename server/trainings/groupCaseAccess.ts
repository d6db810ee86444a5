import type { CollaborationHub } from "../collaboration/collaborationHub";
import { accessFacts } from "../documents/documentAccess";
import { domainEvents } from "../domainEvents";
import { DocumentModel } from "../models/Document";
import { User } from "../models/User";
import { can } from "../policies";
import type { GroupRow, ParticipantRow } from "./groupStore";

/**
 * Who is named on a group's (restricted) case: its members with an account, the chairs (organisers
 * with the secretariat, who reads every document anyway) and the organiser acting now.
 */
export async function caseMemberIds(group: Pick<GroupRow, "registrationIds">, participants: readonly ParticipantRow[], organiserId: string): Promise<string[]> {
  const inGroup = new Set(group.registrationIds);
  const members = participants.filter((p) => inGroup.has(String(p._id)) && p.userId).map((p) => String(p.userId));
  const chairs = (await User.find({ role: "chair", active: true }, { _id: 1 }).lean()).map((u) => String(u._id));
  return [...new Set([...members, ...chairs, organiserId])];
}

/** After a move: the case follows its group's members, and live editors who left it lose access at once. */
export async function syncCaseMembers(hub: CollaborationHub, documentId: string, memberIds: string[], byUserId: string): Promise<void> {
  const record = await DocumentModel.findById(documentId);
  if (!record || record.deletedAt) return;
  const before = record.memberIds.map(String);
  record.memberIds = memberIds as never;
  await record.save();
  const after = accessFacts(record);
  domainEvents.emit("document.accessChanged", record.id, after);
  const added = memberIds.filter((id) => !before.includes(id));
  if (added.length > 0) domainEvents.emit("document.membersAdded", { documentId: record.id, userIds: added, byUserId });
  await hub.reauthorize(record.id, async (userId, role) => {
    const user = { id: userId, role: role as "member", active: true };
    if (!can(user, "document.read", after)) return "closed";
    return can(user, "document.update", after) ? "edit" : "read_only";
  });
}
