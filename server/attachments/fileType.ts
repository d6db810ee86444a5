import { ATTACHMENT_TYPES, type AttachmentMediaType } from "../../shared/attachments";
import { HttpError } from "../errors";

export const UnsupportedType = () =>
  new HttpError(415, "unsupported_file_type", "This kind of file cannot be attached: use PDF, DOCX, XLSX, PPTX, ODT, PNG, JPEG or TXT");

const isAccepted = (mime: string): mime is AttachmentMediaType => Object.hasOwn(ATTACHMENT_TYPES, mime);

/**
 * The media type from the content, never from the name or the Content-Type the browser sent: a
 * renamed executable is detected as what it is and refused. Files without a signature pass only
 * as plain text (valid UTF-8, no control characters besides tab and line breaks).
 */
export async function detectMediaType(data: Buffer): Promise<AttachmentMediaType> {
  if (data.length === 0) throw UnsupportedType();
  const { fileTypeFromBuffer } = await import("file-type"); // loaded at the first upload, not at start
  const detected = await fileTypeFromBuffer(data);
  if (detected) {
    if (isAccepted(detected.mime)) return detected.mime;
    throw UnsupportedType();
  }
  if (isPlainText(data)) return "text/plain";
  throw UnsupportedType();
}

function isPlainText(data: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}
