import { acknowledgeFindingSchema } from "../../../shared/schemas/documents";
import type { PresentedFinding } from "../../../shared/types";
import findingAcknowledger from "../../commands/findingAcknowledger";
import { collaborationHub, currentYDoc } from "../../documents/documentState";
import { guardedPlainText } from "../../documents/guardedText";
import { markedFindings } from "../../documents/documentFindings";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { actingUser } from "../meetings/context";
import { documentParams, draftReadableDocument, readableDocument } from "./readableDocument";

export function registerDocumentFindingRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/documents/:id/findings", summary: "Likely personal data in the current text (in minutes, workspace accounts' names are marked exempt)", tag: "documents", access: "who may read its draft (not observers)", before: [requireSignedIn], params: documentParams },
    async ({ params, req }): Promise<PresentedFinding[]> => {
      const record = await draftReadableDocument(currentUser(req), params.id);
      return markedFindings(record, await guardedPlainText(await currentYDoc(collaborationHub(req), record.id)));
    },
  );

  api.add(
    { method: "post", path: "/documents/:id/findings/acknowledge", summary: "Acknowledge one finding (it is not personal data, or it may stay); audited", tag: "documents", access: "who may edit it", before: [requireSignedIn], params: documentParams, body: acknowledgeFindingSchema },
    async ({ params, body, req }): Promise<PresentedFinding[]> => {
      const record = await readableDocument(currentUser(req), params.id);
      return findingAcknowledger({ actor: actingUser(req), record, key: body.key, hub: collaborationHub(req) });
    },
  );
}
