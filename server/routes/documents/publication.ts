import type { PresentedDocument, PresentedPublication } from "../../../shared/types";
import documentPublisher from "../../commands/documentPublisher";
import { collaborationHub } from "../../documents/documentState";
import { changedSincePublication } from "../../documents/publication";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { presentDocument, presentPublication } from "../../presenters/documents";
import { userNames } from "../../presenters/userNames";
import { actingUser } from "../meetings/context";
import { documentParams, draftReadableDocument, readableDocument } from "./readableDocument";

export function registerDocumentPublicationRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/documents/:id/publication", summary: "The published version (who, when, hash) and whether the working draft has changed since", tag: "documents", access: "who may read its draft (not observers)", before: [requireSignedIn], params: documentParams },
    async ({ params, req }): Promise<PresentedPublication> => {
      const record = await draftReadableDocument(currentUser(req), params.id);
      return {
        publication: presentPublication(record.published),
        changedSincePublication: await changedSincePublication(collaborationHub(req), record),
      };
    },
  );

  api.add(
    { method: "post", path: "/documents/:id/publish", summary: "Publish or republish the current version through the personal-data guard (409 with the open findings); audited", tag: "documents", access: "the creator or the secretariat, while they may edit it", before: [requireSignedIn], params: documentParams },
    async ({ params, req }): Promise<PresentedDocument> => {
      const actor = currentUser(req);
      const record = await readableDocument(actor, params.id);
      await documentPublisher({ actor: actingUser(req), record, hub: collaborationHub(req) });
      const names = await userNames([record.createdBy]);
      return presentDocument(record, actor, names);
    },
  );
}
