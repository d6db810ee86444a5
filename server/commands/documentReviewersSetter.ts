import { audit } from "../audit/auditLog";
import { accessFacts } from "../documents/documentAccess";
import { domainEvents } from "../domainEvents";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import type { DocumentRecord } from "../models/Document";
import { User } from "../models/User";
import { authorize } from "../policies";

/**
 * Sets who has "reviewer" access on a document (`document.grantReview`, the secretariat): readers
 * who may also comment, typically observers. It grants no reading: they must be able to read it.
 * Audited. Unknown ids are dropped. Returns the ids now granted.
 */
export default async function documentReviewersSetter(props: { actor: ActingUser; record: DocumentRecord; userIds: string[] }): Promise<string[]> {
  const { actor, record } = props;
  authorize(actor, "document.grantReview", accessFacts(record));
  const known = (await User.find({ _id: { $in: [...new Set(props.userIds)] } }, { _id: 1 }).lean()).map((u) => String(u._id));
  const before = (record.reviewerIds ?? []).map(String);
  record.set("reviewerIds", known);
  await record.save();
  await audit({
    action: "document.reviewers_changed",
    ...auditActor(actor),
    target: { type: "document", id: record.id, label: record.title },
    details: { added: known.filter((id) => !before.includes(id)), removed: before.filter((id) => !known.includes(id)) },
  });
  domainEvents.emit("comment.changed", { room: `document:${record.id}`, target: { kind: "document", id: record.id }, threadId: "" });
  return known;
}
