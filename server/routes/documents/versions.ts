import { z } from "zod";
import * as Y from "yjs";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { compareVersionsQuerySchema, createVersionSchema } from "../../../shared/schemas/documents";
import type { PresentedDocumentVersion, PresentedVersionComparison } from "../../../shared/types";
import documentVersionRecorder from "../../commands/documentVersionRecorder";
import versionRestorer from "../../commands/versionRestorer";
import { accessFacts } from "../../documents/documentAccess";
import { collaborationHub, currentYDoc } from "../../documents/documentState";
import { compareDocuments } from "../../documents/versionComparison";
import { listNumbers, versionNumber } from "../../documents/versionNumbers";
import { versionYDoc } from "../../documents/versionState";
import { NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { DocumentVersion } from "../../models/DocumentVersion";
import { authorize } from "../../policies";
import { presentVersion } from "../../presenters/documents";
import { userNames } from "../../presenters/userNames";
import { actingUser } from "../meetings/context";
import { documentParams, draftReadableDocument, readableDocument } from "./readableDocument";

/** The history lists this many versions, newest first. */
const VERSION_LIST_MAX = 500;
const versionParams = z.object({ id: objectIdSchema, versionId: objectIdSchema });

async function findVersion(documentId: string, versionId: string) {
  const version = await DocumentVersion.findOne({ _id: versionId, documentId }).lean();
  if (!version) throw NotFound();
  return version;
}

export function registerDocumentVersionRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/documents/:id/versions", summary: "The document's versions, newest first", tag: "documents", access: "who may read its draft (not observers)", before: [requireSignedIn], params: documentParams },
    async ({ params, req }): Promise<PresentedDocumentVersion[]> => {
      const record = await draftReadableDocument(currentUser(req), params.id);
      const versions = await DocumentVersion.find({ documentId: record._id }, { state: 0 }).sort({ createdAt: -1 }).limit(VERSION_LIST_MAX).lean();
      const names = await userNames(versions.flatMap((v) => v.authorIds));
      const numberAt = await listNumbers(record._id, versions.length, VERSION_LIST_MAX);
      return versions.map((version, index) => presentVersion(version, names, numberAt(index)));
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
      return presentVersion(version.toObject(), new Map([[actor.id, actor.name]]), await versionNumber(version));
    },
  );

  api.add(
    { method: "get", path: "/documents/:id/versions/:versionId", summary: "One version, as a Yjs update (base64) to show read-only", tag: "documents", access: "who may read its draft (not observers)", before: [requireSignedIn], params: versionParams },
    async ({ params, req }) => {
      const record = await draftReadableDocument(currentUser(req), params.id);
      const version = await findVersion(record.id, params.versionId);
      const names = await userNames(version.authorIds);
      return { version: presentVersion(version, names, await versionNumber(version)), update: Buffer.from(Y.encodeStateAsUpdate(versionYDoc(version.state))).toString("base64") };
    },
  );

  api.add(
    { method: "get", path: "/documents/:id/versions/:versionId/compare", summary: "What changed from this version to another one or to the current text (block-aware word diff)", tag: "documents", access: "who may read its draft (not observers)", before: [requireSignedIn], params: versionParams, query: compareVersionsQuerySchema },
    async ({ params, query, req }): Promise<PresentedVersionComparison> => {
      const record = await draftReadableDocument(currentUser(req), params.id);
      const from = await findVersion(record.id, params.versionId);
      const to = query.to === "current" ? null : await findVersion(record.id, query.to);
      const toDoc = to ? versionYDoc(to.state) : await currentYDoc(collaborationHub(req), record.id);
      const names = await userNames([...from.authorIds, ...(to?.authorIds ?? [])]);
      return {
        from: presentVersion(from, names, await versionNumber(from)),
        to: to && presentVersion(to, names, await versionNumber(to)),
        ...compareDocuments(versionYDoc(from.state), toDoc),
      };
    },
  );

  api.add(
    { method: "post", path: "/documents/:id/versions/:versionId/restore", summary: "Restore a version as a new change everyone sees live", tag: "documents", access: "who may edit it", before: [requireSignedIn], params: versionParams, status: 204 },
    async ({ params, req }) => {
      const record = await readableDocument(currentUser(req), params.id);
      await versionRestorer({ actor: actingUser(req), record, versionId: params.versionId, hub: collaborationHub(req) });
    },
  );
}
