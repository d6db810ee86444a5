import type { PresentedAttachmentMatch } from "../../shared/attachmentTypes";
import { ATTACHMENT_LIMITS, type AttachmentMediaType, type AttachmentTargetKind } from "../../shared/attachments";
import type { Classification } from "../../shared/documents";
import { HttpError } from "../errors";
import { Attachment } from "../models/Attachment";
import { AttachmentText } from "../models/AttachmentChunk";
import { can, type Actor } from "../policies";
import { literalText } from "../readModels/literalText";
import { attachmentTarget } from "./attachmentAccess";
import { loadParent, type LoadedParent } from "./attachmentParents";

/**
 * Text rows a search looks at, at most. FerretDB v1 has no text index: the match is a literal,
 * case-insensitive regex over every stored text (as the document search does), so this bounds
 * the ids held in memory, not the scan. Files are few (hundreds); the README says so.
 */
const TEXT_MATCHES_MAX = 2_000;
const EXCERPT_CHARS = 80;

function excerptAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - EXCERPT_CHARS);
  const end = Math.min(text.length, index + length + EXCERPT_CHARS);
  const clean = text.slice(start, end).replace(/\s+/g, " ").trim();
  return `${start > 0 ? "…" : ""}${clean}${end < text.length ? "…" : ""}`;
}

/**
 * Files whose current version's extracted text holds these words, newest first, only those the
 * actor may read: what each is attached to is loaded and asked (`attachment.list`), then the file
 * itself (`attachment.read`, its classification). Nothing of a file is read for the answer (not
 * even the excerpt) before both said yes.
 */
export async function searchAttachments(actor: Actor, q: string): Promise<PresentedAttachmentMatch[]> {
  const text = literalText(q);
  const hits = await AttachmentText.find({ text: text.filter }, { attachmentId: 1 }).limit(TEXT_MATCHES_MAX).lean();
  if (hits.length === 0) return [];
  const matchedVersions = new Set(hits.map((hit) => String(hit._id)));
  const candidates = await Attachment.find({ _id: { $in: [...new Set(hits.map((hit) => hit.attachmentId))] }, deletedAt: null }).sort({ updatedAt: -1, _id: -1 }).lean();

  const parents = new Map<string, Promise<LoadedParent | null>>();
  const parentOf = (kind: AttachmentTargetKind, id: string) => {
    const key = `${kind}:${id}`;
    if (!parents.has(key)) {
      parents.set(key, loadParent(actor, kind, id).catch((error: unknown) => {
        if (error instanceof HttpError && error.status === 404) return null; // gone, or not theirs to see
        throw error;
      }));
    }
    return parents.get(key)!;
  };

  const found: PresentedAttachmentMatch[] = [];
  for (const attachment of candidates) {
    if (found.length === ATTACHMENT_LIMITS.searchResults) break;
    const current = attachment.versions.at(-1);
    // Old versions are kept, but a search finds a file by what it says now.
    if (!current || !matchedVersions.has(current.id)) continue;
    const loaded = await parentOf(attachment.targetKind as AttachmentTargetKind, attachment.targetId);
    if (!loaded || !can(actor, "attachment.read", attachmentTarget(attachment, loaded))) continue;
    const stored = await AttachmentText.findById(current.id, { text: 1 }).lean();
    const body = stored?.text ?? "";
    const at = body.search(new RegExp(text.filter.$regex, "iu"));
    found.push({
      id: String(attachment._id),
      versionId: current.id,
      name: current.name,
      mediaType: current.mediaType as AttachmentMediaType,
      classification: attachment.classification as Classification,
      parent: { kind: attachment.targetKind as AttachmentTargetKind, id: attachment.targetId, itemId: attachment.itemId ?? null, label: loaded.label },
      excerpt: at >= 0 ? excerptAround(body, at, q.length) : "",
    });
  }
  return found;
}
