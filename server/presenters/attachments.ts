import type { PresentedAttachment } from "../../shared/attachmentTypes";
import type { AttachmentMediaType, AttachmentTargetKind } from "../../shared/attachments";
import type { Classification } from "../../shared/documents";
import type { PersonalDataKind } from "../../shared/personalData/types";
import type { AttachmentFields } from "../models/Attachment";

type AttachmentRow = AttachmentFields & { _id: { toString(): string } };

export function presentAttachment(row: AttachmentRow, names: Map<string, string>, canManage: boolean): PresentedAttachment {
  const kinds = new Set(row.versions.flatMap((v) => v.personalDataKinds));
  return {
    id: String(row._id),
    targetKind: row.targetKind as AttachmentTargetKind,
    targetId: row.targetId,
    itemId: row.itemId ?? null,
    classification: row.classification as Classification,
    personalDataKinds: [...kinds] as PersonalDataKind[],
    versions: [...row.versions].reverse().map((v) => ({
      id: v.id,
      name: v.name,
      mediaType: v.mediaType as AttachmentMediaType,
      size: v.size,
      uploadedBy: { id: v.uploadedBy, name: names.get(v.uploadedBy) ?? "" },
      uploadedAt: new Date(v.uploadedAt).toISOString(),
    })),
    canManage,
  };
}
