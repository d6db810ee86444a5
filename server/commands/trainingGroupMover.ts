import { audit } from "../audit/auditLog";
import type { CollaborationHub } from "../collaboration/collaborationHub";
import { withLock } from "../db/claims";
import { NotFound } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { caseMemberIds, syncCaseMembers } from "../trainings/groupCaseAccess";
import { findGroup, groupParticipants, loadGroups, saveGroups, trainingForGroups } from "../trainings/groupStore";

/**
 * Moves one confirmed participant into a group (or out of every group: null), by hand. The cases of
 * the groups they leave and join follow at once.
 */
export default async function trainingGroupMover(props: { actor: ActingUser; hub: CollaborationHub; trainingId: string; registrationId: string; groupId: string | null }): Promise<void> {
  const training = await trainingForGroups(props.actor, props.trainingId);
  await withLock(`training-groups:${props.trainingId}`, async () => {
    const participants = await groupParticipants(props.trainingId);
    if (!participants.some((p) => String(p._id) === props.registrationId)) throw NotFound("This participant was not found");
    const groups = await loadGroups(props.trainingId);
    const target = props.groupId ? findGroup(groups, props.groupId) : null;
    const touched = groups.filter((g) => g === target || g.registrationIds.includes(props.registrationId));
    for (const g of groups) g.registrationIds = g.registrationIds.filter((id) => id !== props.registrationId);
    if (target) target.registrationIds.push(props.registrationId);
    await saveGroups(props.trainingId, groups);
    for (const g of touched.filter((t) => t.caseDocumentId)) {
      await syncCaseMembers(props.hub, g.caseDocumentId!, await caseMemberIds(g, participants, props.actor.id), props.actor.id);
    }
    await audit({ action: "training.groupMemberMoved", ...auditActor(props.actor), target: { type: "training", id: props.trainingId, label: training.title }, details: { registration: props.registrationId, group: target?.number ?? null } });
  });
}
