import type { z } from "zod";
import type { documentListQuerySchema } from "../../shared/schemas/documents";
import { accessFacts } from "../documents/documentAccess";
import { DocumentModel, onDocumentWrite } from "../models/Document";
import { can, scope, type Actor } from "../policies";
import { readsDraftsOnly, type DocumentAccessFacts } from "../policies/documents";
import { DOCUMENT_LIST_FIELDS, type PresentableDocument } from "../presenters/documents";
import { literalText } from "./literalText";
import { ReadModel } from "./readModel";

type DocumentListQuery = z.output<typeof documentListQuerySchema>;
/** The library list shows at most this many, most recently changed first (as the database query did). */
export const DOCUMENT_LIST_MAX = 1000;

/** What the list presents, and the body text it searches (matched here, never sent). */
type ListedDocument = PresentableDocument & { searchText?: string | null };
const LISTED_FIELDS = { ...DOCUMENT_LIST_FIELDS, searchText: 1 } as const;
interface ListedEntry {
  record: ListedDocument;
  facts: DocumentAccessFacts;
}

const newestFirst = (a: ListedEntry, b: ListedEntry) => {
  const byTime = b.record.updatedAt.getTime() - a.record.updatedAt.getTime();
  if (byTime) return byTime;
  const [x, y] = [String(a.record._id), String(b.record._id)];
  return x < y ? 1 : x > y ? -1 : 0;
};

/**
 * Every live document's list fields and search text (hundreds of documents). An edit reloads that
 * document by id (its search text is rewritten a few seconds after typing stops); a deleted one leaves.
 */
const documents = new ReadModel<ListedDocument, ListedEntry[]>({
  loadAll: () => DocumentModel.find({ deletedAt: null }, LISTED_FIELDS).lean<ListedDocument[]>(),
  loadOne: async (id) => {
    // By _id alone, the one filter FerretDB hands to SQLite; whether it is deleted is checked here.
    const record = await DocumentModel.findById(id, { ...LISTED_FIELDS, deletedAt: 1 }).lean<ListedDocument & { deletedAt: Date | null }>();
    return record && record.deletedAt == null ? record : null;
  },
  idOf: (record) => String(record._id),
  view: (rows) => rows.map((record) => ({ record, facts: accessFacts(record) })).sort(newestFirst),
});
onDocumentWrite((ids) => documents.invalidate(ids));

/** The draft's title and text for those who read drafts; the published ones for everyone else. */
function matchesSearch(text: ReturnType<typeof literalText>, record: ListedDocument, readDraft: boolean): boolean {
  if (readDraft) return text.matches(record.title) || text.matches(record.searchText);
  return record.published != null && (text.matches(record.published.title) || text.matches(record.published.text));
}

/**
 * The live documents this actor may read (the `document.read` rule itself is the filter; the
 * database scope must select the same), with the list's filters and search, most recently changed
 * first, at most DOCUMENT_LIST_MAX. `version`: the read model's view they were taken from (the same
 * object until a write or a reload changes it; null when the list was read from the database).
 */
export async function readableDocuments(actor: Actor, query: DocumentListQuery): Promise<{ records: PresentableDocument[]; version: object | null }> {
  const text = query.q ? literalText(query.q) : undefined;
  if (!ReadModel.enabled) {
    const filter: Record<string, unknown> = { deletedAt: null };
    if (query.tag) filter.tags = query.tag;
    if (query.country) filter.countries = query.country;
    if (query.classification) filter.classification = query.classification;
    if (query.status) filter.status = query.status;
    if (query.language) filter.language = query.language;
    // Readers of the published version only search what was published, never the draft.
    if (text) filter.$or = readsDraftsOnly(actor) ? [{ title: text.filter }, { searchText: text.filter }] : [{ "published.title": text.filter }, { "published.text": text.filter }];
    // The policy's scope is part of the query, so the limit counts only documents the user may read.
    const records = await DocumentModel.find({ $and: [filter, scope(actor, "document")] }, DOCUMENT_LIST_FIELDS).sort({ updatedAt: -1, _id: -1 }).limit(DOCUMENT_LIST_MAX).lean<PresentableDocument[]>();
    return { records, version: null };
  }
  const found: PresentableDocument[] = [];
  const view = await documents.read();
  for (const { record, facts } of view) {
    if (found.length === DOCUMENT_LIST_MAX) break;
    if (query.tag && !record.tags.includes(query.tag)) continue;
    if (query.country && !record.countries.includes(query.country)) continue;
    if (query.classification && record.classification !== query.classification) continue;
    if (query.status && record.status !== query.status) continue;
    if (query.language && record.language !== query.language) continue;
    if (!can(actor, "document.read", facts)) continue;
    if (text && !matchesSearch(text, record, can(actor, "document.readDraft", facts))) continue;
    found.push(record);
  }
  return { records: found, version: view };
}
