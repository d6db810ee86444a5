import type { PresentedDocumentContactPoints } from "../../../shared/directoryTypes";
import { documentContactPointsSchema } from "../../../shared/schemas/directory";
import documentContactPointsSetter from "../../commands/documentContactPointsSetter";
import { directoryActor, type DirectoryActor } from "../../directory/directoryActor";
import { accessFacts } from "../../documents/documentAccess";
import type { ApiRouter } from "../../http/apiRouter";
import { requireSignedIn } from "../../middlewares/authenticate";
import type { DocumentRecord } from "../../models/Document";
import { can } from "../../policies";
import { documentParams, readableDocument } from "../documents/readableDocument";

const before = [requireSignedIn];

function present(record: DocumentRecord, actor: DirectoryActor): PresentedDocumentContactPoints {
  const goodPractice = record.template === "good_practice";
  return {
    documentId: record.id,
    template: goodPractice ? "good_practice" : "blank",
    contactPointIds: goodPractice ? [...(record.contactPointIds ?? [])] : [],
    policies: { update: goodPractice && can(actor, "document.update", accessFacts(record)) },
  };
}

/** The good-practice template's "contact point" section: references to the directory, shown as cards. */
export function registerDocumentContactPointRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/documents/:id/contact-points", summary: "The contact points a good-practice document refers to (its cards come from /contact-points/cards)", tag: "documents", access: "who may read the document", before, params: documentParams },
    async ({ params, req }): Promise<PresentedDocumentContactPoints> => {
      const actor = directoryActor(req);
      return present(await readableDocument(actor, params.id), actor);
    },
  );

  api.add(
    { method: "put", path: "/documents/:id/contact-points", summary: "Set the contact points a good-practice document refers to (sent whole; 409 for other documents)", tag: "documents", access: "who may edit the document", before, params: documentParams, body: documentContactPointsSchema },
    async ({ params, body, req }): Promise<PresentedDocumentContactPoints> => {
      const actor = directoryActor(req);
      const record = await readableDocument(actor, params.id);
      return present(await documentContactPointsSetter({ actor, record, contactPointIds: body.contactPointIds }), actor);
    },
  );
}
