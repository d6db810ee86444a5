import type { Rule } from "./types";

/** What the document rules need to know about a document. */
export interface DocumentAccessFacts {
  classification: string;
  status: string;
  memberIds: string[];
  createdBy: string;
}

const canRead: Rule<DocumentAccessFacts> = (actor, doc) => {
  if (actor.role === "secretariat") return true;
  if (doc.memberIds.includes(actor.id)) return true;
  if (doc.classification === "restricted") return false;
  // Observers see public documents and those they were named on; members and chairs also internal ones.
  return actor.role === "observer" ? doc.classification === "public" : true;
};

const canUpdate: Rule<DocumentAccessFacts> = (actor, doc) =>
  actor.role !== "observer" && doc.status !== "archived" && canRead(actor, doc);

const canManage: Rule<DocumentAccessFacts> = (actor, doc) =>
  actor.role === "secretariat" || (actor.role !== "observer" && doc.createdBy === actor.id && doc.status !== "archived");

export const documentPolicies = {
  "document.list": () => true,
  "document.create": ((actor) => actor.role !== "observer") as Rule,
  "document.read": canRead as Rule,
  "document.update": canUpdate as Rule,
  /** Classification, members, status (publishing also needs the personal-data check). */
  "document.manage": canManage as Rule,
  "document.restore": canUpdate as Rule,
};
