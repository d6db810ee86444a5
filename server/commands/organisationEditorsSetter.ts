import { audit } from "../audit/auditLog";
import { directoryAudit, type DirectoryActor } from "../directory/directoryActor";
import { organisationNotFound } from "../directory/directoryErrors";
import { requireActiveUsers } from "../directory/directoryUsers";
import { Organisation, type OrganisationDocument } from "../models/Organisation";
import { authorize } from "../policies";

/** Names the users who may change this organisation's entries besides its own members (secretariat). */
export default async function organisationEditorsSetter(props: { actor: DirectoryActor; organisationId: string; editorIds: string[] }): Promise<OrganisationDocument> {
  authorize(props.actor, "organisation.manageEditors");
  const organisation = await Organisation.findById(props.organisationId);
  if (!organisation) throw organisationNotFound();
  await requireActiveUsers(props.editorIds, "body.editorIds");
  const before = [...(organisation.editorIds ?? [])];
  organisation.editorIds = props.editorIds;
  await organisation.save();
  await audit({
    action: "organisation.editors_changed",
    ...directoryAudit(props.actor),
    target: { type: "organisation", id: organisation.id, label: organisation.name },
    details: { added: props.editorIds.filter((id) => !before.includes(id)), removed: before.filter((id) => !props.editorIds.includes(id)) },
  });
  return organisation;
}
