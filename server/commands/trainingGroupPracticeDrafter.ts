import type { JSONContent } from "@tiptap/core";
import type { Language } from "../../shared/languages";
import { DOCUMENT_LIMITS } from "../../shared/documents";
import { audit } from "../audit/auditLog";
import type { CollaborationHub } from "../collaboration/collaborationHub";
import { withLock } from "../db/claims";
import { currentYDoc } from "../documents/documentState";
import { documentJson } from "../documents/documentText";
import { Conflict } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { DocumentModel } from "../models/Document";
import { groupDocumentLabel } from "../trainings/groupDocumentLabels";
import { findGroup, loadGroups, saveGroups, trainingForGroups, trainingOver } from "../trainings/groupStore";
import documentCreator from "./documentCreator";

/**
 * After the training, a group's result becomes a good-practice draft: a copy of its case in a new
 * document (good-practice template, internal, a draft), opened by a line naming its origin, with the
 * origin kept on the record and on the group. The case itself stays as it was.
 */
export default async function trainingGroupPracticeDrafter(props: { actor: ActingUser; hub: CollaborationHub; trainingId: string; groupId: string }): Promise<string> {
  const training = await trainingForGroups(props.actor, props.trainingId);
  if (!trainingOver(training)) throw Conflict("Good-practice drafts are made after the training", "training_not_over");
  return withLock(`training-groups:${props.trainingId}`, async () => {
    const groups = await loadGroups(props.trainingId);
    const group = findGroup(groups, props.groupId);
    if (!group.caseDocumentId) throw Conflict("This group has no case yet", "no_case");
    if (group.goodPracticeDocumentId) throw Conflict("This group's result is already a good-practice draft", "draft_exists");
    const source = await DocumentModel.findById(group.caseDocumentId).lean();
    if (!source || source.deletedAt) throw Conflict("This group's case was deleted", "no_case");
    const language = source.language as Language;
    const values = { n: group.number, training: training.title, date: training.days[0]?.date ?? "" };
    const body = documentJson(await currentYDoc(props.hub, group.caseDocumentId));
    const content: JSONContent = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", marks: [{ type: "italic" }], text: groupDocumentLabel(language, "origin", values) }] }, ...(body.content ?? [])],
    };
    const record = await documentCreator({
      creator: props.actor,
      content,
      input: { title: groupDocumentLabel(language, "draftTitle", values).slice(0, DOCUMENT_LIMITS.titleMax), language, template: "good_practice", countries: [], tags: [], classification: "internal", memberIds: [] },
    });
    await DocumentModel.updateOne({ _id: record._id }, { $set: { origin: { documentId: group.caseDocumentId, trainingId: props.trainingId, group: group.number } } });
    group.goodPracticeDocumentId = record.id;
    await saveGroups(props.trainingId, groups);
    await audit({ action: "document.created", ...auditActor(props.actor), target: { type: "document", id: record.id, label: record.title }, details: { classification: "internal", from: group.caseDocumentId, training: props.trainingId, group: group.number } });
    return record.id;
  });
}
