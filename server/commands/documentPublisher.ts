import { audit } from "../audit/auditLog";
import type { CollaborationHub } from "../collaboration/collaborationHub";
import { accessFacts } from "../documents/documentAccess";
import { guardedSnapshot, storePublication } from "../documents/publication";
import { domainEvents } from "../domainEvents";
import type { ActingUser } from "../meetings/actingUser";
import { auditActor } from "../meetings/actingUser";
import type { DocumentRecord } from "../models/Document";
import { authorize } from "../policies";

/**
 * Publishes (or republishes) the current version through the personal-data guard: refused with 409
 * and the open findings while any is unacknowledged; otherwise the version becomes the frozen
 * snapshot that observers and their exports read, and their open connections are moved to it.
 */
export default async function documentPublisher(props: { actor: ActingUser; record: DocumentRecord; hub: CollaborationHub }): Promise<DocumentRecord> {
  const { actor, record, hub } = props;
  authorize(actor, "document.publish", accessFacts(record));
  const snapshot = await guardedSnapshot(hub, record);
  const republished = record.published != null;
  const hash = await storePublication(record, snapshot, actor);
  await audit({ action: "document.published", ...auditActor(actor), target: { type: "document", id: record.id, label: record.title }, details: { hash, republished } });
  domainEvents.emit("document.accessChanged", record.id, accessFacts(record));
  hub.publishedChanged(record.id, snapshot.state);
  return record;
}
