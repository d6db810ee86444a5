import { audit } from "../audit/auditLog";
import { directoryAudit, type DirectoryActor } from "../directory/directoryActor";
import { accessFacts } from "../documents/documentAccess";
import { Conflict, Validation } from "../errors";
import { ContactPoint } from "../models/ContactPoint";
import type { DocumentRecord } from "../models/Document";
import { authorize } from "../policies";

/**
 * Sets the contact points a good-practice document's "contact point" section refers to: whoever
 * may edit the document. Only ids of existing entries are kept; the cards are drawn at reading
 * time, so each reader sees only what the directory lets them see.
 */
export default async function documentContactPointsSetter(props: { actor: DirectoryActor; record: DocumentRecord; contactPointIds: string[] }): Promise<DocumentRecord> {
  const { actor, record, contactPointIds } = props;
  authorize(actor, "document.update", accessFacts(record));
  if (record.template !== "good_practice") throw Conflict("Only documents from the good-practice template have a contact point section", "not_good_practice");
  if (contactPointIds.length > 0 && (await ContactPoint.countDocuments({ _id: { $in: contactPointIds } })) !== contactPointIds.length) {
    throw Validation([{ path: "body.contactPointIds", message: "a contact point that does not exist" }]);
  }
  const before = record.contactPointIds ?? [];
  record.contactPointIds = contactPointIds;
  await record.save();
  await audit({
    action: "document.contact_points_changed",
    ...directoryAudit(actor),
    target: { type: "document", id: record.id, label: record.title },
    details: { added: contactPointIds.filter((id) => !before.includes(id)).length, removed: before.filter((id) => !contactPointIds.includes(id)).length },
  });
  return record;
}
