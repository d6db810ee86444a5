import { z } from "zod";
import type { AttachmentUploadResult, PresentedAttachment, PresentedAttachmentMatch } from "../../../shared/attachmentTypes";
import { ATTACHMENT_TYPES } from "../../../shared/attachments";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { attachmentSearchQuerySchema, attachmentTargetQuerySchema, attachmentUpdateSchema, attachmentUploadQuerySchema, attachmentVersionQuerySchema } from "../../../shared/schemas/attachments";
import { attachmentTarget, readableAttachment } from "../../attachments/attachmentAccess";
import { loadParent, type LoadedParent } from "../../attachments/attachmentParents";
import { searchAttachments } from "../../attachments/attachmentSearch";
import { sendVersion } from "../../attachments/download";
import { readUploadBody } from "../../attachments/uploadBody";
import { audit } from "../../audit/auditLog";
import attachmentClassifier from "../../commands/attachmentClassifier";
import attachmentDeleter from "../../commands/attachmentDeleter";
import attachmentUploader from "../../commands/attachmentUploader";
import attachmentVersionAdder from "../../commands/attachmentVersionAdder";
import { NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { auditActor, type ActingUser } from "../../meetings/actingUser";
import { requireSignedIn } from "../../middlewares/authenticate";
import { Attachment, type AttachmentFields } from "../../models/Attachment";
import { can } from "../../policies";
import { presentAttachment } from "../../presenters/attachments";
import { userNames } from "../../presenters/userNames";
import { actingUser } from "../meetings/context";

const attachmentParams = z.object({ id: objectIdSchema });
const versionParams = z.object({ id: objectIdSchema, versionId: objectIdSchema });
const MEDIA_TYPES = Object.keys(ATTACHMENT_TYPES);
const UPLOAD_NOTE = "The file is the raw request body (Content-Type: application/octet-stream); its type is read from the content.";

async function present(actor: ActingUser, rows: Array<AttachmentFields & { _id: { toString(): string } }>, loaded: LoadedParent): Promise<PresentedAttachment[]> {
  const names = await userNames(rows.flatMap((row) => row.versions.map((v) => v.uploadedBy)));
  return rows.map((row) => presentAttachment(row, names, can(actor, "attachment.manage", attachmentTarget(row, loaded))));
}

export function registerAttachmentRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/attachments/search", summary: "Files found by words in their extracted text (TXT, PDF, DOCX, ODT), newest first", tag: "attachments", access: "signed in; only files the user may read (what they are attached to, and their classification)", before: [requireSignedIn], query: attachmentSearchQuerySchema },
    async ({ query, req }): Promise<PresentedAttachmentMatch[]> => searchAttachments(actingUser(req), query.q),
  );

  api.add(
    { method: "get", path: "/attachments", summary: "The files attached to a document, meeting or training (or one of its items)", tag: "attachments", access: "who may read what they are attached to", before: [requireSignedIn], query: attachmentTargetQuerySchema },
    async ({ query, req }): Promise<PresentedAttachment[]> => {
      const actor = actingUser(req);
      const loaded = await loadParent(actor, query.targetKind, query.targetId);
      const rows = await Attachment.find({ targetKind: query.targetKind, targetId: query.targetId }).lean();
      const visible = rows
        .filter((row) => !row.deletedAt && (query.itemId === undefined || row.itemId === query.itemId))
        .filter((row) => can(actor, "attachment.read", attachmentTarget(row, loaded)))
        .sort((a, b) => +new Date(b.createdAt) - +new Date(a.createdAt));
      return present(actor, visible, loaded);
    },
  );

  api.add(
    { method: "post", path: "/attachments", summary: `Attach a file (PDF, DOCX, XLSX, PPTX, ODT, PNG, JPEG, TXT). ${UPLOAD_NOTE}`, tag: "attachments", access: "who may edit what it is attached to", before: [requireSignedIn], query: attachmentUploadQuerySchema, upload: MEDIA_TYPES, status: 201 },
    async ({ query, req, res }): Promise<AttachmentUploadResult> => {
      const actor = actingUser(req);
      const loaded = await loadParent(actor, query.targetKind, query.targetId, query.itemId);
      const { attachment, personalDataWarning } = await attachmentUploader({
        actor,
        loaded,
        target: { kind: query.targetKind, id: query.targetId, itemId: query.itemId ?? null },
        name: query.name,
        classification: query.classification,
        readFile: () => readUploadBody(req, res),
      });
      const [presented] = await present(actor, [attachment.toObject()], loaded);
      return { attachment: presented!, personalDataWarning };
    },
  );

  api.add(
    { method: "post", path: "/attachments/:id/versions", summary: `Upload a new version (the old ones are kept). ${UPLOAD_NOTE}`, tag: "attachments", access: "its uploader or an organiser, while what it is attached to is editable", before: [requireSignedIn], params: attachmentParams, query: attachmentVersionQuerySchema, upload: MEDIA_TYPES, status: 201 },
    async ({ params, query, req, res }): Promise<AttachmentUploadResult> => {
      const actor = actingUser(req);
      const { attachment, loaded } = await readableAttachment(actor, params.id);
      const result = await attachmentVersionAdder({ actor, loaded, attachment, name: query.name, readFile: () => readUploadBody(req, res) });
      const [presented] = await present(actor, [result.attachment.toObject()], loaded);
      return { attachment: presented!, personalDataWarning: result.personalDataWarning };
    },
  );

  api.add(
    { method: "patch", path: "/attachments/:id", summary: "Change a file's classification (personal data: confirm to share wider than restricted)", tag: "attachments", access: "its uploader or an organiser", before: [requireSignedIn], params: attachmentParams, body: attachmentUpdateSchema },
    async ({ params, body, req }): Promise<PresentedAttachment> => {
      const actor = actingUser(req);
      const { attachment, loaded } = await readableAttachment(actor, params.id);
      const updated = await attachmentClassifier({ actor, loaded, attachment, classification: body.classification, confirmPersonalData: body.confirmPersonalData });
      const [presented] = await present(actor, [updated.toObject()], loaded);
      return presented!;
    },
  );

  api.add(
    { method: "delete", path: "/attachments/:id", summary: "Delete a file with all its versions (audited)", tag: "attachments", access: "its uploader or an organiser", before: [requireSignedIn], params: attachmentParams, status: 204 },
    async ({ params, req }) => {
      const actor = actingUser(req);
      const { attachment, loaded } = await readableAttachment(actor, params.id);
      await attachmentDeleter({ actor, loaded, attachment });
    },
  );

  api.add(
    { method: "get", path: "/attachments/:id/versions/:versionId/file", summary: "Download one version (attachment, nosniff, classification in the name; single byte ranges)", tag: "attachments", access: "who may read it", before: [requireSignedIn], params: versionParams, file: MEDIA_TYPES },
    async ({ params, req, res }) => {
      const actor = actingUser(req);
      const { attachment } = await readableAttachment(actor, params.id);
      const version = attachment.versions.find((v) => v.id === params.versionId);
      if (!version) throw NotFound();
      await audit({
        action: "attachment.downloaded",
        ...auditActor(actor),
        target: { type: "attachment", id: attachment.id, label: version.name },
        details: { version: version.id, classification: attachment.classification, ...(req.get("range") ? { range: req.get("range")!.slice(0, 40) } : {}) },
      });
      await sendVersion(res, version, attachment.classification, req.get("range"));
    },
  );
}
