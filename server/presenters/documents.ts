import type { PresentedDocument, PresentedDocumentVersion } from "../../shared/types";
import type { Classification, DocumentStatus, DocumentTag } from "../../shared/documents";
import type { Country } from "../../shared/domain";
import type { Language } from "../../shared/languages";
import { accessFacts } from "../documents/documentAccess";
import type { DocumentFields } from "../models/Document";
import type { DocumentVersionFields } from "../models/DocumentVersion";
import { can, type Actor } from "../policies";

/** The fields a presented document needs: the library list reads only these (no text, no acknowledgements). */
export const DOCUMENT_LIST_FIELDS = { title: 1, language: 1, countries: 1, tags: 1, classification: 1, status: 1, memberIds: 1, createdBy: 1, createdAt: 1, updatedAt: 1, published: 1, origin: 1 } as const;
export type PresentableDocument = Pick<DocumentFields, "title" | "language" | "countries" | "tags" | "classification" | "status" | "memberIds" | "createdBy" | "published"> & {
  _id: unknown;
  origin?: DocumentFields["origin"];
  createdAt: Date;
  updatedAt: Date;
};

export function presentPublication(published: DocumentFields["published"] | undefined): PresentedDocument["publication"] {
  return published ? { at: published.at.toISOString(), by: published.byName, hash: published.hash } : null;
}

export function presentDocument(record: PresentableDocument, actor: Actor, names: Map<string, string>): PresentedDocument {
  const facts = accessFacts(record);
  const creatorId = String(record.createdBy);
  const readDraft = can(actor, "document.readDraft", facts);
  // Readers of the published version only see its title and time, never the draft's.
  const published = record.published ?? null;
  const shown = readDraft || !published ? { title: record.title, updatedAt: record.updatedAt } : { title: published.title, updatedAt: published.at };
  return {
    id: String(record._id),
    title: shown.title,
    language: record.language as Language,
    countries: record.countries as Country[],
    tags: record.tags as DocumentTag[],
    classification: record.classification as Classification,
    status: record.status as DocumentStatus,
    memberIds: facts.memberIds,
    createdBy: names.has(creatorId) ? { id: creatorId, name: names.get(creatorId)! } : null,
    createdAt: record.createdAt.toISOString(),
    updatedAt: shown.updatedAt.toISOString(),
    publication: presentPublication(published),
    ...(record.origin?.documentId ? { origin: { documentId: record.origin.documentId, trainingId: record.origin.trainingId ?? "", group: record.origin.group ?? 0 } } : {}),
    policies: {
      read: can(actor, "document.read", facts),
      update: can(actor, "document.update", facts),
      manage: can(actor, "document.manage", facts),
      publish: can(actor, "document.publish", facts),
      readDraft,
    },
  };
}

export function presentVersion(version: Pick<DocumentVersionFields, "name" | "kind" | "createdAt" | "authorIds"> & { _id: unknown }, names: Map<string, string>, number: number): PresentedDocumentVersion {
  return {
    id: String(version._id),
    number,
    name: version.name ?? null,
    kind: version.kind,
    createdAt: version.createdAt.toISOString(),
    authors: version.authorIds.map((id) => ({ id, name: names.get(id) ?? "" })),
  };
}
