import type { Classification } from "../../shared/documents";
import type { LoadedParent } from "../attachments/attachmentParents";
import { attachmentTarget } from "../attachments/attachmentAccess";
import { audit } from "../audit/auditLog";
import { Conflict } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { Attachment, type AttachmentRecord } from "../models/Attachment";
import { authorize } from "../policies";

/**
 * Changes who may see a file. Sharing a file whose text holds personal data wider than restricted
 * needs the uploader's confirmation after the warning (409 personal_data_found otherwise).
 */
export default async function attachmentClassifier(props: {
  actor: ActingUser;
  loaded: LoadedParent;
  attachment: AttachmentRecord;
  classification: Classification;
  confirmPersonalData?: boolean;
}): Promise<AttachmentRecord> {
  const { actor, attachment, classification } = props;
  authorize(actor, "attachment.manage", attachmentTarget(attachment, props.loaded));
  const kinds = [...new Set(attachment.versions.flatMap((v) => v.personalDataKinds))];
  if (classification !== "restricted" && kinds.length > 0 && !props.confirmPersonalData) {
    throw Conflict("The file's text contains personal data; confirm before sharing it wider than restricted", "personal_data_found");
  }
  const from = attachment.classification;
  await Attachment.updateOne({ _id: attachment._id }, { $set: { classification } });
  await audit({
    action: "attachment.classified",
    ...auditActor(actor),
    target: { type: "attachment", id: attachment.id, label: attachment.versions.at(-1)?.name },
    details: { from, to: classification, personalData: kinds, confirmed: Boolean(props.confirmPersonalData) },
  });
  return (await Attachment.findById(attachment._id))!;
}
