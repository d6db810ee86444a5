import { exportQuerySchema } from "../../../shared/schemas/documents";
import { audit } from "../../audit/auditLog";
import { auditContext } from "../../auth/signIn";
import { exportDocument, exportFileName } from "../../documents/exporters";
import { collaborationHub, currentYDoc } from "../../documents/documentState";
import { documentJson } from "../../documents/documentText";
import { guardedPlainText } from "../../documents/guardedText";
import type { CollaborationHub } from "../../collaboration/collaborationHub";
import { accessFacts } from "../../documents/documentAccess";
import { documentFindings } from "../../documents/documentFindings";
import { publishedBody, unacknowledgedFindings } from "../../documents/publication";
import { NotFound } from "../../errors";
import type { DocumentRecord } from "../../models/Document";
import { can, type Actor } from "../../policies";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { userNames } from "../../presenters/userNames";
import { presentCommentList } from "../../presenters/comments";
import { readableCommentTarget } from "../../comments/commentTargets";
import { commentAppendix } from "../../documents/exporters/commentAppendix";
import { DocumentVersion } from "../../models/DocumentVersion";
import { documentParams, readableDocument } from "./readableDocument";

/** What each format is sent as (the exporters set the same types). */
const EXPORT_MEDIA_TYPES = ["text/markdown", "text/html", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf"];

/**
 * What an export contains. Those who read drafts get the current text, but only once they have seen
 * the unacknowledged findings in it and confirmed; everyone else gets the published version only.
 */
async function exportedBody(actor: Actor, record: DocumentRecord, hub: CollaborationHub, confirmed: boolean) {
  if (!can(actor, "document.readDraft", accessFacts(record))) {
    const published = await publishedBody(record.id);
    if (!published || !record.published) throw NotFound();
    return { title: record.published.title, content: published.json, version: "published", confirmedFindings: 0 };
  }
  const ydoc = await currentYDoc(hub, record.id);
  const open = (await documentFindings(record, await guardedPlainText(ydoc))).filter((f) => !f.acknowledged);
  if (open.length > 0 && !confirmed) throw unacknowledgedFindings(open);
  return { title: record.title, content: documentJson(ydoc), version: "draft", confirmedFindings: open.length };
}

/** The comment threads this person may read, as an appendix; none when the policy does not let them read comments here. */
async function commentsAppendixFor(actor: Actor, record: DocumentRecord, readsDraft: boolean) {
  const target = await readableCommentTarget(actor, { kind: "document", id: record.id }).catch(() => null);
  if (!target) return null;
  const { threads } = await presentCommentList(actor, target);
  return { blocks: commentAppendix(threads, record.language, { quotes: readsDraft }), threads: threads.length };
}

export function registerDocumentExportRoute(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/documents/:id/export", summary: "Export as Markdown, HTML, DOCX or PDF, classification on every page, with comments=include the readable comment threads as an appendix (comments that look like they hold personal data are left out): the draft for those who read drafts (409 with the findings while any is unacknowledged, unless confirm=findings), the published version for everyone else", tag: "documents", access: "who may read it", before: [requireSignedIn], params: documentParams, query: exportQuerySchema, file: EXPORT_MEDIA_TYPES },
    async ({ params, query, req, res }) => {
      const actor = currentUser(req);
      const record = await readableDocument(actor, params.id);
      const body = await exportedBody(actor, record, collaborationHub(req), query.confirm === "findings");
      const versions = await DocumentVersion.find({ documentId: record._id }, { authorIds: 1 }).lean();
      const authorNames = await userNames([record.createdBy, ...versions.flatMap((v) => v.authorIds)]);
      const meta = {
        title: body.title,
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
      const appendix = query.comments === "include" ? await commentsAppendixFor(actor, record, body.version === "draft") : null;
      const content = appendix ? { ...body.content, content: [...(body.content.content ?? []), ...appendix.blocks] } : body.content;
      const file = await exportDocument(query.format, { meta, content });
      await audit({ action: "document.exported", ...auditContext(req), target: { type: "document", id: record.id, label: record.title }, details: { format: query.format, version: body.version, confirmedFindings: body.confirmedFindings, ...(appendix ? { commentThreads: appendix.threads } : {}) } });
      const filename = exportFileName(meta, query.format);
      res.setHeader("Content-Type", file.contentType);
      res.setHeader("Content-Disposition", `attachment; filename="document.${file.extension}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.send(file.body);
    },
  );
}
