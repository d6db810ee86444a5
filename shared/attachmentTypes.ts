import type { AttachmentMediaType, AttachmentTargetKind } from "./attachments";
import type { Classification } from "./documents";
import type { PersonalDataKind } from "./personalData/types";

export interface PresentedAttachmentVersion {
  id: string;
  name: string;
  mediaType: AttachmentMediaType;
  size: number;
  uploadedBy: { id: string; name: string };
  uploadedAt: string;
}

export interface PresentedAttachment {
  id: string;
  targetKind: AttachmentTargetKind;
  targetId: string;
  itemId: string | null;
  classification: Classification;
  /** Kinds of personal data found in the text of any version (empty: none found). */
  personalDataKinds: PersonalDataKind[];
  /** Newest first. */
  versions: PresentedAttachmentVersion[];
  canManage: boolean;
}

/** After an upload: the attachment, and whether it was kept restricted because its text holds personal data. */
export interface AttachmentUploadResult {
  attachment: PresentedAttachment;
  personalDataWarning: boolean;
}
