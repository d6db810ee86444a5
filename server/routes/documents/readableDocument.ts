import { z } from "zod";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { accessFacts, findDocument } from "../../documents/documentAccess";
import { NotFound } from "../../errors";
import type { DocumentRecord } from "../../models/Document";
import { authorize, can, type Actor } from "../../policies";

export const documentParams = z.object({ id: objectIdSchema });

/** Loads a document the actor may read; otherwise 404, so restricted documents stay invisible. */
export async function readableDocument(actor: Actor, id: string): Promise<DocumentRecord> {
  const record = await findDocument(id);
  if (!record || !can(actor, "document.read", accessFacts(record))) throw NotFound();
  return record;
}

/** A document whose working draft (live body, versions, findings) the actor may read; readers of the published version only get 403. */
export async function draftReadableDocument(actor: Actor, id: string): Promise<DocumentRecord> {
  const record = await readableDocument(actor, id);
  authorize(actor, "document.readDraft", accessFacts(record));
  return record;
}
