import type { Request } from "express";
import * as Y from "yjs";
import type { CollaborationHub } from "../collaboration/collaborationHub";
import { documentStore } from "../collaboration/documentStore";
import { ydocFromState } from "./documentText";

export function collaborationHub(req: Request): CollaborationHub {
  return req.app.locals.collaboration as CollaborationHub;
}

/**
 * The document's current body: the live copy when people are editing it (it includes every
 * acknowledged update), otherwise what storage holds. The caller must not modify it.
 */
export async function currentYDoc(hub: CollaborationHub, documentId: string): Promise<Y.Doc> {
  const live = await hub.loaded(documentId);
  if (live && !live.broken) return live.ydoc;
  return ydocFromState((await documentStore.load(documentId)).state);
}
