import { createDocumentSchema, documentListQuerySchema, updateDocumentSchema } from "../../../shared/schemas/documents";
import type { PresentedDocument } from "../../../shared/types";
import { audit } from "../../audit/auditLog";
import { auditContext } from "../../auth/signIn";
import documentCreator from "../../commands/documentCreator";
import documentUpdater from "../../commands/documentUpdater";
import { collaborationHub } from "../../documents/documentState";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { authorize, type Actor } from "../../policies";
import { presentDocument, type PresentableDocument } from "../../presenters/documents";
import { readableDocuments } from "../../readModels/documentReadModel";
import { ListAnswers } from "../../readModels/listAnswers";
import { userNames } from "../../presenters/userNames";
import { registerDocumentFindingRoutes } from "./findings";
import { registerDocumentPublicationRoutes } from "./publication";
import { registerDocumentVersionRoutes } from "./versions";
import { registerDocumentExportRoute } from "./export";
import { registerDocumentReviewerRoutes } from "./reviewers";
import { documentParams, readableDocument } from "./readableDocument";

async function present(records: PresentableDocument[], actor: Actor): Promise<PresentedDocument[]> {
  const names = await userNames(records.map((r) => r.createdBy));
  return records.map((record) => presentDocument(record, actor, names));
}

export function registerDocumentRoutes(api: ApiRouter): void {
  const listAnswers = new ListAnswers();
  api.add(
    { method: "get", path: "/documents", summary: "The documents I may read, with filters and search on title and text", tag: "documents", access: "signed in (filtered by the document policy)", before: [requireSignedIn], query: documentListQuerySchema },
    async ({ query, req, res }) => {
      const actor = currentUser(req);
      const { records, version } = await readableDocuments(actor, query);
      const names = await userNames(records.map((r) => r.createdBy));
      // The same reader, query, view and names: the same answer, sent as it was serialised.
      const key = `${actor.id} ${actor.role} ${actor.active} ${JSON.stringify(query)}`;
      listAnswers.send(req, res, key, version, names, () => records.map((record) => presentDocument(record, actor, names)));
    },
  );

  api.add(
    { method: "post", path: "/documents", summary: "Create a document, blank or from the good-practice template", tag: "documents", access: "secretariat, chair, member", before: [requireSignedIn], body: createDocumentSchema, status: 201 },
    async ({ body, req }) => {
      const actor = currentUser(req);
      authorize(actor, "document.create");
      const record = await documentCreator({ creator: actor, input: body });
      await audit({ action: "document.created", ...auditContext(req), target: { type: "document", id: record.id, label: record.title }, details: { classification: record.classification } });
      return (await present([record], actor))[0];
    },
  );

  api.add(
    { method: "get", path: "/documents/:id", summary: "One document's metadata and my permissions on it", tag: "documents", access: "who may read it", before: [requireSignedIn], params: documentParams },
    async ({ params, req }) => {
      const actor = currentUser(req);
      return (await present([await readableDocument(actor, params.id)], actor))[0];
    },
  );

  api.add(
    { method: "patch", path: "/documents/:id", summary: "Change metadata; publishing needs every personal-data finding acknowledged", tag: "documents", access: "editors; classification, status and members: the creator or the secretariat", before: [requireSignedIn], params: documentParams, body: updateDocumentSchema },
    async ({ params, body, req }) => {
      const actor = currentUser(req);
      const record = await readableDocument(actor, params.id);
      const updated = await documentUpdater({ record, input: body, actor, hub: collaborationHub(req), ip: req.ip ?? "" });
      return (await present([updated], actor))[0];
    },
  );

  registerDocumentPublicationRoutes(api);
  registerDocumentFindingRoutes(api);
  registerDocumentVersionRoutes(api);
  registerDocumentExportRoute(api);
  registerDocumentReviewerRoutes(api);
}
