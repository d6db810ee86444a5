import type { LoadedParent } from "../attachments/attachmentParents";
import { attachmentTarget } from "../attachments/attachmentAccess";
import { deleteChunks } from "../attachments/chunkStore";
import { audit } from "../audit/auditLog";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { Attachment, type AttachmentRecord } from "../models/Attachment";
import { AttachmentText } from "../models/AttachmentChunk";
import { authorize } from "../policies";

/**
 * Deletes a file with all its versions. The record stays, marked deleted (the audit trail names it);
 * the bytes and the text go. Marked first, so a crash midway leaves nothing downloadable.
 */
export default async function attachmentDeleter(props: { actor: ActingUser; loaded: LoadedParent; attachment: AttachmentRecord }): Promise<void> {
  const { actor, attachment } = props;
  authorize(actor, "attachment.manage", attachmentTarget(attachment, props.loaded));
  await Attachment.updateOne({ _id: attachment._id }, { $set: { deletedAt: new Date(), deletedBy: actor.id } });
  for (const version of attachment.versions) {
    await deleteChunks(version.id, version.chunkCount);
    await AttachmentText.deleteOne({ _id: version.id });
  }
  await audit({
    action: "attachment.deleted",
    ...auditActor(actor),
    target: { type: "attachment", id: attachment.id, label: attachment.versions.at(-1)?.name },
    details: { on: `${attachment.targetKind}:${attachment.targetId}`, versions: attachment.versions.length },
  });
}
