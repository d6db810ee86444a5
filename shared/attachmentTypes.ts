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

/** A file found by the words in its extracted text (search), with what it is attached to. */
export interface PresentedAttachmentMatch {
  id: string;
  /** The current version: its name, type and id (for the download). */
  versionId: string;
  name: string;
  mediaType: AttachmentMediaType;
  classification: Classification;
  parent: { kind: AttachmentTargetKind; id: string; itemId: string | null; label: string };
  /** The words around the first match in the text. */
  excerpt: string;
}
