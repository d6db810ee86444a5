import mongoose from "mongoose";
import { DocumentModel, type DocumentRecord } from "../models/Document";
import type { DocumentAccessFacts } from "../policies/documents";

/** The facts the policy needs, from a document record. */
export function accessFacts(record: Pick<DocumentRecord, "classification" | "status" | "memberIds" | "createdBy"> & { published?: unknown }): DocumentAccessFacts {
  return {
    classification: record.classification,
    status: record.status,
    memberIds: record.memberIds.map(String),
    createdBy: String(record.createdBy),
    published: record.published != null,
  };
}

/** A live (not deleted) document by id, or null; invalid ids are simply not found. */
export async function findDocument(id: string): Promise<DocumentRecord | null> {
  if (!mongoose.isValidObjectId(id) || !/^[0-9a-f]{24}$/.test(id)) return null;
  // By _id alone: the one filter FerretDB hands to SQLite (with deletedAt too, it decodes every document).
  const record = await DocumentModel.findById(id);
  return record && record.deletedAt == null ? record : null;
}
