import { createHash } from "node:crypto";
import * as Y from "yjs";
import type { PresentedFinding } from "../../shared/types";
import type { CollaborationHub } from "../collaboration/collaborationHub";
import { toBytes } from "../collaboration/documentStore";
import { HttpError } from "../errors";
import type { DocumentRecord } from "../models/Document";
import { PublishedDocument } from "../models/PublishedDocument";
import { currentYDoc } from "./documentState";
import { documentJson, documentPlainText } from "./documentText";
import { guardedPlainText } from "./guardedText";
import { documentFindings } from "./documentFindings";

/** A version of the body that passed the personal-data guard, ready to be stored as the published one. */
export interface CheckedSnapshot {
  state: Uint8Array;
  content: string;
  text: string;
}

/** The hash that identifies a version: title and body, so a changed title is drift too. */
export function publicationHash(title: string, content: string): string {
  return createHash("sha256").update(title).update("\n").update(content).digest("hex");
}

export function unacknowledgedFindings(findings: PresentedFinding[]): HttpError {
  return new HttpError(409, "personal_data_unacknowledged", "Likely personal data must be removed or acknowledged first", { findings });
}

/** The current body, if every personal-data finding in it is acknowledged; otherwise 409 with the open findings. */
export async function guardedSnapshot(hub: CollaborationHub, record: DocumentRecord): Promise<CheckedSnapshot> {
  const ydoc = await currentYDoc(hub, record.id);
  const open = (await documentFindings(record, await guardedPlainText(ydoc))).filter((f) => !f.acknowledged);
  if (open.length > 0) throw unacknowledgedFindings(open);
  // The published text is what search reads: mentions as "@Name".
  return { state: Y.encodeStateAsUpdate(ydoc), content: JSON.stringify(documentJson(ydoc)), text: documentPlainText(ydoc) };
}

/**
 * Stores a checked snapshot as the published version (the body first, by `_id`, then the small part
 * on the document) and returns its hash. The caller saves nothing else in between.
 */
export async function storePublication(record: DocumentRecord, snapshot: CheckedSnapshot, by: { id: string; name: string }): Promise<string> {
  const hash = publicationHash(record.title, snapshot.content);
  const at = new Date();
  await PublishedDocument.replaceOne({ _id: record._id }, { _id: record._id, state: Buffer.from(snapshot.state), content: snapshot.content, hash, at }, { upsert: true });
  record.published = { title: record.title, text: snapshot.text, hash, byId: by.id, byName: by.name, at } as never;
  await record.save();
  return hash;
}

/** The published body as a Yjs document and as ProseMirror JSON, or null if never published. */
export async function publishedBody(documentId: string): Promise<{ state: Uint8Array; json: ReturnType<typeof documentJson> } | null> {
  const stored = await PublishedDocument.findById(documentId).lean();
  if (!stored) return null;
  return { state: toBytes(stored.state), json: JSON.parse(stored.content) };
}

/** Whether the working draft (title or body) differs from the published version. */
export async function changedSincePublication(hub: CollaborationHub, record: DocumentRecord): Promise<boolean> {
  if (!record.published) return false;
  const content = JSON.stringify(documentJson(await currentYDoc(hub, record.id)));
  return publicationHash(record.title, content) !== record.published.hash;
}
