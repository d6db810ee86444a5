import { z } from "zod";
import * as Y from "yjs";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { createVersionSchema } from "../../../shared/schemas/documents";
import { DOCUMENT_FIELD } from "../../../shared/editor/extensions";
import type { PresentedDocumentVersion } from "../../../shared/types";
import { audit } from "../../audit/auditLog";
import { auditContext } from "../../auth/signIn";
import documentVersionRecorder from "../../commands/documentVersionRecorder";
import { toBytes } from "../../collaboration/documentStore";
import { buildStoredDocument } from "../../collaboration/storedDocument";
import { accessFacts } from "../../documents/documentAccess";
import { collaborationHub, currentYDoc } from "../../documents/documentState";
import { HttpError, NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { DocumentVersion } from "../../models/DocumentVersion";
import { authorize } from "../../policies";
import { presentVersion } from "../../presenters/documents";
import { userNames } from "../../presenters/userNames";
import { documentParams, readableDocument } from "./readableDocument";

const versionParams = z.object({ id: objectIdSchema, versionId: objectIdSchema });

async function findVersion(documentId: string, versionId: string) {
  const version = await DocumentVersion.findOne({ _id: versionId, documentId }).lean();
  if (!version) throw NotFound();
  return version;
}

/**
 * A version's body, read like stored document state: what waits for missing changes is left out,
 * and a state that cannot be applied at all is refused rather than thrown as a server error.
 */
function versionYDoc(state: unknown): Y.Doc {
  const { ydoc, rejected } = buildStoredDocument([{ kind: "snapshot", seq: 0, bytes: toBytes(state), userId: null, at: null }]);
  if (rejected.some((row) => row.kind === "snapshot")) throw new HttpError(409, "version_unreadable", "This version cannot be read");
  return ydoc;
}

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

export function registerDocumentVersionRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/documents/:id/versions", summary: "The document's versions, newest first", tag: "documents", access: "who may read it", before: [requireSignedIn], params: documentParams },
    async ({ params, req }): Promise<PresentedDocumentVersion[]> => {
      const record = await readableDocument(currentUser(req), params.id);
      const versions = await DocumentVersion.find({ documentId: record._id }, { state: 0 }).sort({ createdAt: -1 }).limit(500).lean();
      const names = await userNames(versions.flatMap((v) => v.authorIds));
      return versions.map((version) => presentVersion(version, names));
    },
  );

  api.add(
    { method: "post", path: "/documents/:id/versions", summary: "Save the current state as a named version", tag: "documents", access: "who may edit it", before: [requireSignedIn], params: documentParams, body: createVersionSchema, status: 201 },
    async ({ params, body, req }): Promise<PresentedDocumentVersion> => {
      const actor = currentUser(req);
      const record = await readableDocument(actor, params.id);
      authorize(actor, "document.update", accessFacts(record));
      const state = Y.encodeStateAsUpdate(await currentYDoc(collaborationHub(req), record.id));
      const version = await documentVersionRecorder({ documentId: record.id, kind: "named", name: body.name, state, authorIds: [actor.id] });
      return presentVersion(version.toObject(), new Map([[actor.id, actor.name]]));
    },
  );

  api.add(
    { method: "get", path: "/documents/:id/versions/:versionId", summary: "One version, as a Yjs update (base64) to show read-only", tag: "documents", access: "who may read it", before: [requireSignedIn], params: versionParams },
    async ({ params, req }) => {
      const record = await readableDocument(currentUser(req), params.id);
      const version = await findVersion(record.id, params.versionId);
      const names = await userNames(version.authorIds);
      return { version: presentVersion(version, names), update: Buffer.from(Y.encodeStateAsUpdate(versionYDoc(version.state))).toString("base64") };
    },
  );

  api.add(
    { method: "post", path: "/documents/:id/versions/:versionId/restore", summary: "Restore a version as a new change everyone sees live", tag: "documents", access: "who may edit it", before: [requireSignedIn], params: versionParams },
    async ({ params, req }) => {
      const actor = currentUser(req);
      const record = await readableDocument(actor, params.id);
      authorize(actor, "document.restore", accessFacts(record));
      const version = await findVersion(record.id, params.versionId);
      const hub = collaborationHub(req);
      const update = restoreUpdate(await currentYDoc(hub, record.id), versionYDoc(version.state));
      await hub.applyServerUpdate(record.id, update, actor.id);
      const state = Y.encodeStateAsUpdate(await currentYDoc(hub, record.id));
      await documentVersionRecorder({ documentId: record.id, kind: "restore", name: version.name, state, authorIds: [actor.id] });
      await audit({ action: "document.version_restored", ...auditContext(req), target: { type: "document", id: record.id, label: record.title }, details: { versionId: params.versionId } });
    },
  );
}
