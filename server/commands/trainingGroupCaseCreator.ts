import type { Language } from "../../shared/languages";
import { DOCUMENT_LIMITS } from "../../shared/documents";
import { audit } from "../audit/auditLog";
import { withLock } from "../db/claims";
import { Conflict } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { caseMemberIds } from "../trainings/groupCaseAccess";
import { groupDocumentLabel } from "../trainings/groupDocumentLabels";
import { findGroup, groupParticipants, loadGroups, saveGroups, trainingForGroups } from "../trainings/groupStore";
import documentCreator from "./documentCreator";

/**
 * Gives a group its fictitious case: a co-edited document from the case exercise template,
 * restricted to the group's members with an account and the organisers.
 */
export default async function trainingGroupCaseCreator(props: { actor: ActingUser; trainingId: string; groupId: string; language: Language }): Promise<string> {
  const training = await trainingForGroups(props.actor, props.trainingId);
  return withLock(`training-groups:${props.trainingId}`, async () => {
    const groups = await loadGroups(props.trainingId);
    const group = findGroup(groups, props.groupId);
    if (group.caseDocumentId) throw Conflict("This group already has its case", "case_exists");
    const memberIds = await caseMemberIds(group, await groupParticipants(props.trainingId), props.actor.id);
    const title = groupDocumentLabel(props.language, "caseTitle", { n: group.number, training: training.title }).slice(0, DOCUMENT_LIMITS.titleMax);
    const record = await documentCreator({
      creator: props.actor,
      input: { title, language: props.language, template: "case_exercise", countries: [], tags: [], classification: "restricted", memberIds },
    });
    group.caseDocumentId = record.id;
    await saveGroups(props.trainingId, groups);
    await audit({ action: "document.created", ...auditActor(props.actor), target: { type: "document", id: record.id, label: record.title }, details: { classification: "restricted", training: props.trainingId, group: group.number } });
    return record.id;
  });
}
