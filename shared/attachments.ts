import type { Classification } from "./documents";

/** What a file can be attached to. Agenda items and programme sessions are `itemId`s of a meeting or training. */
export const ATTACHMENT_TARGET_KINDS = ["document", "meeting", "training"] as const;
export type AttachmentTargetKind = (typeof ATTACHMENT_TARGET_KINDS)[number];

/**
 * The file types we accept, by the media type `file-type` reads from the content (never the name).
 * TXT has no signature: it is accepted only as valid UTF-8 without control characters.
 */
export const ATTACHMENT_TYPES = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.oasis.opendocument.text": "odt",
  "image/png": "png",
  "image/jpeg": "jpg",
  "text/plain": "txt",
} as const;
export type AttachmentMediaType = keyof typeof ATTACHMENT_TYPES;

/** For the file picker's `accept` (a hint only; the server decides from the content). */
export const ATTACHMENT_ACCEPT = ".pdf,.docx,.xlsx,.pptx,.odt,.png,.jpg,.jpeg,.txt";

export const ATTACHMENT_LIMITS = {
  /** Default of ATTACHMENT_MAX_BYTES. */
  defaultMaxBytes: 25 * 1024 * 1024,
  nameChars: 200,
  /** Versions kept per attachment. */
  versions: 50,
  /** Attachments per document, meeting or training. */
  perTarget: 200,
  /** Characters of a search in the files' text. */
  searchMax: 200,
  /** Files a search answers with, at most. */
  searchResults: 50,
} as const;

/** Classification an attachment gets when nothing says otherwise. */
export const DEFAULT_ATTACHMENT_CLASSIFICATION: Classification = "internal";
