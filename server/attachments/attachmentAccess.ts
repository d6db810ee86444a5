import type { Classification } from "../../shared/documents";
import { NotFound } from "../errors";
import { Attachment, type AttachmentRecord } from "../models/Attachment";
import { can, type Actor } from "../policies";
import type { AttachmentTarget } from "../policies/attachments";
import type { AttachmentTargetKind } from "../../shared/attachments";
import { loadParent, type LoadedParent } from "./attachmentParents";

export function attachmentTarget(attachment: Pick<AttachmentRecord, "classification" | "createdBy">, loaded: LoadedParent): AttachmentTarget {
  return { parent: loaded.parent, classification: attachment.classification as Classification, createdBy: attachment.createdBy };
}

/** An attachment the actor may read, with what it is attached to; otherwise 404. */
export async function readableAttachment(actor: Actor, id: string): Promise<{ attachment: AttachmentRecord; loaded: LoadedParent }> {
  const attachment = /^[0-9a-f]{24}$/.test(id) ? await Attachment.findById(id) : null;
  if (!attachment || attachment.deletedAt) throw NotFound();
  const loaded = await loadParent(actor, attachment.targetKind as AttachmentTargetKind, attachment.targetId); // not the item: a file outlives an agenda item taken off
  if (!can(actor, "attachment.read", attachmentTarget(attachment, loaded))) throw NotFound();
  return { attachment, loaded };
}
