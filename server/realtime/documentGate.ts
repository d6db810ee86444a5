import { accessFacts, findDocument } from "../documents/documentAccess";
import { domainEvents } from "../domainEvents";
import { HttpError } from "../errors";
import type { DocumentAccessFacts } from "../policies/documents";

const isId = (value: unknown): value is string => typeof value === "string" && /^[0-9a-f]{24}$/.test(value);
// No message: the acknowledgement is just { ok: false, code: "invalid_message" }, as the hub answers.
const invalidMessage = () => new HttpError(400, "invalid_message", "");
const documentIdOf = (payload: unknown) => (payload as { documentId?: unknown } | null)?.documentId;

/**
 * The access facts of documents sockets have joined, kept current by the domain event every access
 * change emits, so the gate of doc.sync and doc.awareness (many per second) asks the policy without
 * a database read. Bounded: a document a socket joined is refreshed at every join.
 */
const known = new Map<string, DocumentAccessFacts>();
const MAX_KNOWN = 20_000;
domainEvents.on("document.accessChanged", (documentId, facts) => {
  if (!facts) known.delete(documentId);
  else if (known.has(documentId)) known.set(documentId, facts);
});

function remember(documentId: string, facts: DocumentAccessFacts): void {
  known.delete(documentId);
  if (known.size >= MAX_KNOWN) known.delete(known.keys().next().value!);
  known.set(documentId, facts);
}

/** doc.join: `document.read` about the document as stored now; unknown and forbidden look the same. */
export const documentJoinGate = {
  action: "document.read" as const,
  conceal: true,
  async resolve(payload: unknown) {
    const documentId = documentIdOf(payload);
    if (!isId(documentId)) throw invalidMessage();
    const record = await findDocument(documentId);
    if (!record) return null;
    const facts = accessFacts(record);
    remember(documentId, facts);
    return { target: facts, value: undefined };
  },
};

/** doc.sync, doc.awareness: `document.read` about a document this process served a join of (memory only). */
export const joinedDocumentGate = {
  action: "document.read" as const,
  conceal: true,
  resolve(payload: unknown) {
    const documentId = documentIdOf(payload);
    if (!isId(documentId)) throw invalidMessage();
    const facts = known.get(documentId);
    if (!facts) throw new HttpError(409, "not_joined", "");
    return { target: facts, value: undefined };
  },
};
