import { unzipSync, strFromU8 } from "fflate";
import type { AttachmentMediaType } from "../../shared/attachments";

/** Text kept per version (search and the personal-data guard look at no more). */
export const MAX_TEXT_CHARS = 200_000;
/** A zip part larger than this unpacked is not read (zip bombs). */
const MAX_XML_BYTES = 50 * 1024 * 1024;

const ZIPPED_TEXT: Partial<Record<AttachmentMediaType, string>> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "word/document.xml",
  "application/vnd.oasis.opendocument.text": "content.xml",
};

/** The text of a file where that is easy (TXT, PDF, DOCX, ODT); "" for the rest or when it fails. */
export async function extractAttachmentText(data: Buffer, mediaType: AttachmentMediaType): Promise<string> {
  try {
    const text = await extract(data, mediaType);
    return text.slice(0, MAX_TEXT_CHARS);
  } catch {
    return ""; // a file we cannot read is still stored; it just has no text
  }
}

async function extract(data: Buffer, mediaType: AttachmentMediaType): Promise<string> {
  if (mediaType === "text/plain") return data.toString("utf8");
  if (mediaType === "application/pdf") {
    const { extractText, getDocumentProxy } = await import("unpdf"); // loaded at the first PDF uploaded
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(data), { verbosity: 0 }), { mergePages: true });
    return text;
  }
  const part = ZIPPED_TEXT[mediaType];
  if (!part) return "";
  const files = unzipSync(new Uint8Array(data), { filter: (file) => file.name === part && file.originalSize <= MAX_XML_BYTES });
  const xml = files[part];
  return xml ? xmlText(strFromU8(xml)) : "";
}

/** Paragraph ends become line breaks, tags go, entities are decoded. */
function xmlText(xml: string): string {
  return xml
    .replace(/<\/(w:p|text:p|text:h)>/g, "\n")
    .replace(/<(w:tab|text:tab)\b[^>]*\/>/g, "\t")
    .replace(/<[^>]+>/g, "")
    .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => decodeEntity(entity))
    .trim();
}

function decodeEntity(entity: string): string {
  const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
  if (named[entity]) return named[entity];
  const code = entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
}
