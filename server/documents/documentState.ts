import type { Request } from "express";
import type * as Y from "yjs";
import type { CollaborationHub } from "../collaboration/collaborationHub";

export function collaborationHub(req: Request): CollaborationHub {
  return req.app.locals.collaboration as CollaborationHub;
}

/**
 * The document's current body, for readers on the server (exports, findings, the publish check,
 * versions): the live copy when people are editing it (it includes every acknowledged update),
 * otherwise loaded through the collaboration hub, the one safe loader (rows that cannot be applied
 * are moved aside, not thrown). The caller must not modify it.
 */
export async function currentYDoc(hub: CollaborationHub, documentId: string): Promise<Y.Doc> {
  return (await hub.open(documentId)).ydoc;
}
