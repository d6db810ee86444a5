import { allow, type Actor, type Scope } from "./types";

/** What the document rules need to know about a document. */
export interface DocumentAccessFacts {
  classification: string;
  status: string;
  memberIds: string[];
  createdBy: string;
  /** Whether a version passed the personal-data guard and was published (a frozen snapshot exists). */
  published: boolean;
}

/**
 * Who reads the working draft. Everyone else (observers) reads only the published snapshot: the last
 * version that passed the personal-data guard, never edits made since.
 */
export const readsDraftsOnly = (actor: Actor) => actor.role !== "observer";

/** Classifications a role sees without being named on the document. */
const openClassifications = (actor: Actor): string[] => (actor.role === "observer" ? ["public"] : ["public", "internal"]);

const canRead = (actor: Actor, doc: DocumentAccessFacts) => {
  if (actor.role === "secretariat") return true;
  // Those who read only the published version see nothing of a document never published.
  if (!readsDraftsOnly(actor) && !doc.published) return false;
  if (doc.memberIds.includes(actor.id)) return true;
  // Restricted documents only for those named on them; observers see public ones, others internal ones too.
  return openClassifications(actor).includes(doc.classification);
};

const canUpdate = (actor: Actor, doc: DocumentAccessFacts) => actor.role !== "observer" && doc.status !== "archived" && canRead(actor, doc);

const canManage = (actor: Actor, doc: DocumentAccessFacts) =>
  actor.role === "secretariat" || (actor.role !== "observer" && doc.createdBy === actor.id && doc.status !== "archived");

/** The documents `document.read` allows, as a database filter (the list query uses it, not a filter after a limit). */
export function readableDocumentsScope(actor: Actor): Scope {
  if (actor.role === "secretariat") return {};
  const access = { $or: [{ memberIds: actor.id }, { classification: { $in: openClassifications(actor) } }] };
  return readsDraftsOnly(actor) ? access : { $and: [access, { published: { $ne: null } }] };
}

export const documentPolicies = {
  "document.create": allow((actor) => actor.role !== "observer"),
  "document.read": allow<DocumentAccessFacts>(canRead),
  /** The working draft (live body, versions, findings): readers who are not limited to the published version. */
  "document.readDraft": allow<DocumentAccessFacts>((actor, doc) => readsDraftsOnly(actor) && canRead(actor, doc)),
  /** Publishing and republishing through the personal-data guard. */
  "document.publish": allow<DocumentAccessFacts>((actor, doc) => canManage(actor, doc) && canUpdate(actor, doc)),
  "document.update": allow<DocumentAccessFacts>(canUpdate),
  /** Classification, members, status (publishing also needs the personal-data check). */
  "document.manage": allow<DocumentAccessFacts>(canManage),
  "document.restore": allow<DocumentAccessFacts>(canUpdate),
  /** Acknowledging a personal-data finding (it may stay): whoever may edit the text. */
  "document.acknowledgeFinding": allow<DocumentAccessFacts>(canUpdate),
};
