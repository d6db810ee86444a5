import * as Y from "yjs";
import { DOCUMENT_FIELD } from "../../shared/editor/extensions";
import { audit } from "../audit/auditLog";
import type { CollaborationHub } from "../collaboration/collaborationHub";
import { accessFacts } from "../documents/documentAccess";
import { currentYDoc } from "../documents/documentState";
import { versionYDoc } from "../documents/versionState";
import { NotFound } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import type { DocumentRecord } from "../models/Document";
import { DocumentVersion } from "../models/DocumentVersion";
import { authorize } from "../policies";
import { versionNumber } from "../documents/versionNumbers";
import documentVersionRecorder from "./documentVersionRecorder";

/** The update that turns `current` into the body of `target`, made as ordinary edits (so it merges live). */
function restoreUpdate(current: Y.Doc, target: Y.Doc): Uint8Array {
  const working = new Y.Doc();
  Y.applyUpdate(working, Y.encodeStateAsUpdate(current));
  const before = Y.encodeStateVector(working);
  working.transact(() => {
    const fragment = working.getXmlFragment(DOCUMENT_FIELD);
    fragment.delete(0, fragment.length);
    const nodes = target.getXmlFragment(DOCUMENT_FIELD).toArray() as Array<Y.XmlElement | Y.XmlText>;
    fragment.insert(0, nodes.map((node) => node.clone()));
  });
  return Y.encodeStateAsUpdate(working, before);
}

/**
 * Restores a version (`document.restore`) as a new change everyone in the document sees live,
 * through the collaboration hub's store-first path; records a "restore" version, tells the open
 * editors who restored which version (so the text does not change silently) and audits it.
 */
export default async function versionRestorer(props: { actor: ActingUser; record: DocumentRecord; versionId: string; hub: CollaborationHub }): Promise<void> {
  const { actor, record, hub } = props;
  authorize(actor, "document.restore", accessFacts(record));
  const version = await DocumentVersion.findOne({ _id: props.versionId, documentId: record._id }).lean();
  if (!version) throw NotFound();
  const update = restoreUpdate(await currentYDoc(hub, record.id), versionYDoc(version.state));
  await hub.applyServerUpdate(record.id, update, actor.id);
  const state = Y.encodeStateAsUpdate(await currentYDoc(hub, record.id));
  const restored = await documentVersionRecorder({ documentId: record.id, kind: "restore", name: version.name, state, authorIds: [actor.id] });
  hub.notifyRestored({
    documentId: record.id,
    by: { id: actor.id, name: actor.name },
    version: { id: props.versionId, number: await versionNumber(version), name: version.name ?? null },
    at: restored.createdAt.toISOString(),
  });
  await audit({ action: "document.version_restored", ...auditActor(actor), target: { type: "document", id: record.id, label: record.title }, details: { versionId: props.versionId } });
}
