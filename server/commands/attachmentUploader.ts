import mongoose from "mongoose";
import { ATTACHMENT_LIMITS, type AttachmentTargetKind } from "../../shared/attachments";
import type { Classification } from "../../shared/documents";
import type { LoadedParent } from "../attachments/attachmentParents";
import { writeVersion } from "../attachments/versionWriter";
import { audit } from "../audit/auditLog";
import { Conflict } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { Attachment, type AttachmentRecord } from "../models/Attachment";
import { authorize } from "../policies";

export interface AttachmentUploadProps {
  actor: ActingUser;
  loaded: LoadedParent;
  target: { kind: AttachmentTargetKind; id: string; itemId: string | null };
  name: string;
  classification?: Classification;
  /** Reads the file; called only once the upload is authorized. */
  readFile: () => Promise<Buffer>;
}

/**
 * A new attachment with its first version. When its text holds personal data it is kept restricted
 * whatever was asked, and the caller warns: widening it takes a confirmed change (attachmentClassifier).
 */
export default async function attachmentUploader(props: AttachmentUploadProps): Promise<{ attachment: AttachmentRecord; personalDataWarning: boolean }> {
  const { actor, loaded, target } = props;
  authorize(actor, "attachment.upload", loaded.parent);
  const existing = await Attachment.countDocuments({ targetKind: target.kind, targetId: target.id, deletedAt: null });
  if (existing >= ATTACHMENT_LIMITS.perTarget) throw Conflict(`At most ${ATTACHMENT_LIMITS.perTarget} files can be attached here`, "attachments_full");
  const data = await props.readFile();
  const id = new mongoose.Types.ObjectId();
  const version = await writeVersion(id.toHexString(), data, props.name, actor.id);
  const requested = props.classification ?? loaded.defaultClassification;
  const personalDataWarning = version.personalDataKinds.length > 0 && requested !== "restricted";
  const attachment = await Attachment.create({
    _id: id,
    targetKind: target.kind,
    targetId: target.id,
    itemId: target.itemId,
    classification: personalDataWarning ? "restricted" : requested,
    createdBy: actor.id,
    versions: [version],
  });
  await audit({
    action: "attachment.uploaded",
    ...auditActor(actor),
    target: { type: "attachment", id: attachment.id, label: props.name },
    details: { on: `${target.kind}:${target.id}`, mediaType: version.mediaType, size: version.size, sha256: version.sha256, classification: attachment.classification, personalData: version.personalDataKinds },
  });
  return { attachment, personalDataWarning };
}
