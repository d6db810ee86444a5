import { ATTACHMENT_LIMITS } from "../../shared/attachments";
import type { LoadedParent } from "../attachments/attachmentParents";
import { writeVersion } from "../attachments/versionWriter";
import { audit } from "../audit/auditLog";
import { Conflict } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { Attachment, type AttachmentRecord } from "../models/Attachment";
import { authorize } from "../policies";
import { attachmentTarget } from "../attachments/attachmentAccess";

/** A new version of an attachment; the old ones stay. Personal data in it narrows the file to restricted. */
export default async function attachmentVersionAdder(props: {
  actor: ActingUser;
  loaded: LoadedParent;
  attachment: AttachmentRecord;
  name: string;
  readFile: () => Promise<Buffer>;
}): Promise<{ attachment: AttachmentRecord; personalDataWarning: boolean }> {
  const { actor, attachment } = props;
  authorize(actor, "attachment.manage", attachmentTarget(attachment, props.loaded));
  if (attachment.versions.length >= ATTACHMENT_LIMITS.versions) throw Conflict(`At most ${ATTACHMENT_LIMITS.versions} versions are kept`, "versions_full");
  const data = await props.readFile();
  const version = await writeVersion(attachment.id, data, props.name, actor.id);
  const personalDataWarning = version.personalDataKinds.length > 0 && attachment.classification !== "restricted";
  // One atomic update: the version is appended, never overwriting one added meanwhile.
  await Attachment.updateOne({ _id: attachment._id }, { $push: { versions: version }, ...(personalDataWarning ? { $set: { classification: "restricted" } } : {}) });
  await audit({
    action: "attachment.versionAdded",
    ...auditActor(actor),
    target: { type: "attachment", id: attachment.id, label: props.name },
    details: { mediaType: version.mediaType, size: version.size, sha256: version.sha256, personalData: version.personalDataKinds },
  });
  const updated = await Attachment.findById(attachment._id);
  return { attachment: updated!, personalDataWarning };
}
