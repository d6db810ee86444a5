import { acknowledgeFindingSchema } from "../../../shared/schemas/documents";
import type { PresentedFinding } from "../../../shared/types";
import { audit } from "../../audit/auditLog";
import { auditContext } from "../../auth/signIn";
import { accessFacts } from "../../documents/documentAccess";
import { collaborationHub, currentYDoc } from "../../documents/documentState";
import { documentPlainText } from "../../documents/documentText";
import { personalDataFindings } from "../../documents/personalDataFindings";
import { NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { authorize } from "../../policies";
import { documentParams, readableDocument } from "./readableDocument";

export function registerDocumentFindingRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/documents/:id/findings", summary: "Likely personal data in the current text", tag: "documents", access: "who may read it", before: [requireSignedIn], params: documentParams },
    async ({ params, req }): Promise<PresentedFinding[]> => {
      const record = await readableDocument(currentUser(req), params.id);
      return personalDataFindings(documentPlainText(await currentYDoc(collaborationHub(req), record.id)), record);
    },
  );

  api.add(
    { method: "post", path: "/documents/:id/findings/acknowledge", summary: "Acknowledge one finding (it is not personal data, or it may stay); audited", tag: "documents", access: "who may edit it", before: [requireSignedIn], params: documentParams, body: acknowledgeFindingSchema },
    async ({ params, body, req }): Promise<PresentedFinding[]> => {
      const actor = currentUser(req);
      const record = await readableDocument(actor, params.id);
      authorize(actor, "document.update", accessFacts(record));
      // One read of the text serves both the check and the answer.
      const text = documentPlainText(await currentYDoc(collaborationHub(req), record.id));
      const finding = personalDataFindings(text, record).find((f) => f.key === body.key);
      if (!finding) throw NotFound("No such finding in the current text");
      if (!finding.acknowledged) {
        record.acknowledgements.push({ key: finding.key, userId: actor._id, userName: actor.name, at: new Date() });
        await record.save();
        await audit({ action: "document.finding_acknowledged", ...auditContext(req), target: { type: "document", id: record.id, label: record.title }, details: { kind: finding.kind, key: finding.key } });
      }
      return personalDataFindings(text, record);
    },
  );
}
