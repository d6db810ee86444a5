import { exportQuerySchema } from "../../../shared/schemas/documents";
import { audit } from "../../audit/auditLog";
import { auditContext } from "../../auth/signIn";
import { exportDocument, exportFileName } from "../../documents/exporters";
import { collaborationHub, currentYDoc } from "../../documents/documentState";
import { documentJson } from "../../documents/documentText";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { userNames } from "../../presenters/userNames";
import { DocumentVersion } from "../../models/DocumentVersion";
import { documentParams, readableDocument } from "./readableDocument";

/** What each format is sent as (the exporters set the same types). */
const EXPORT_MEDIA_TYPES = ["text/markdown", "text/html", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf"];

export function registerDocumentExportRoute(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/documents/:id/export", summary: "Export the current version as Markdown, HTML, DOCX or PDF, classification on every page", tag: "documents", access: "who may read it", before: [requireSignedIn], params: documentParams, query: exportQuerySchema, file: EXPORT_MEDIA_TYPES },
    async ({ params, query, req, res }) => {
      const actor = currentUser(req);
      const record = await readableDocument(actor, params.id);
      const ydoc = await currentYDoc(collaborationHub(req), record.id);
      const versions = await DocumentVersion.find({ documentId: record._id }, { authorIds: 1 }).lean();
      const authorNames = await userNames([record.createdBy, ...versions.flatMap((v) => v.authorIds)]);
      const meta = {
        title: record.title,
        language: record.language,
        classification: record.classification,
        status: record.status,
        countries: record.countries,
        tags: record.tags,
        authors: [...authorNames.values()],
        updatedAt: record.get("updatedAt") as Date,
        exportedAt: new Date(),
        exportedBy: actor.name,
      };
      const file = await exportDocument(query.format, { meta, content: documentJson(ydoc) });
      await audit({ action: "document.exported", ...auditContext(req), target: { type: "document", id: record.id, label: record.title }, details: { format: query.format } });
      const filename = exportFileName(meta, query.format);
      res.setHeader("Content-Type", file.contentType);
      res.setHeader("Content-Disposition", `attachment; filename="document.${file.extension}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.send(file.body);
    },
  );
}
