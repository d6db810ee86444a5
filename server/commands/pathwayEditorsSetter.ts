import { audit } from "../audit/auditLog";
import { directoryAudit, type DirectoryActor } from "../directory/directoryActor";
import { requireActiveUsers } from "../directory/directoryUsers";
import type { PathwayDocument } from "../models/Pathway";
import { authorize } from "../policies";
import { pathwayVersionWriter } from "../directory/pathwayVersions";

/** Names who may edit a pathway besides the secretariat (secretariat only); also a new version. */
export default async function pathwayEditorsSetter(props: { actor: DirectoryActor; pathwayId: string; editorIds: string[]; now: Date }): Promise<PathwayDocument> {
  authorize(props.actor, "pathway.manageEditors");
  await requireActiveUsers(props.editorIds, "body.editorIds");
  const { pathway, changes } = await pathwayVersionWriter({ ...props, basedOn: null, next: (before) => ({ ...before, editorIds: [...props.editorIds] }) });
  if (changes.length) await audit({ action: "pathway.editors_changed", ...directoryAudit(props.actor), target: { type: "pathway", id: pathway.id, label: pathway.title }, details: { editorIds: props.editorIds } });
  return pathway;
}
