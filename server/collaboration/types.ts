import type * as Y from "yjs";
import type { GreychairSocket } from "../realtime/socketServer";
import type { AwarenessIdentity } from "./presence";
import type { UpdateProblem } from "./trialReplica";
import type { ServedDocument } from "./servedDocument";

/** One socket's presence in one document. */
export interface Connection {
  socket: GreychairSocket;
  userId: string;
  /** Written into every awareness state this connection sends. */
  identity: AwarenessIdentity;
  readOnly: boolean;
  /**
   * For readers of the published version only (observers): the frozen snapshot this connection is
   * served instead of the live document. It never receives live updates, only a newer published one.
   */
  published?: Y.Doc;
  /** Awareness client ids this socket speaks for (see ServedDocument.awarenessOwners), removed when it leaves. */
  awarenessClients: Set<number>;
}

export interface StoredEntry {
  seq: number;
  update: Uint8Array;
  userId: string | null;
}

/** What a join is granted: read-only or not, and for readers of the published version only, its frozen body. */
export interface JoinGrant {
  readOnly: boolean;
  publishedState?: Uint8Array;
}

/**
 * A collaboration extension: optional hooks run in order; a throw stops the chain (as in
 * Hocuspocus). Each extension does one thing.
 */
export interface CollaborationExtension {
  /** Decides whether this user may join, and whether read-only. Throw to refuse. */
  onAuthenticate?(ctx: { documentId: string; userId: string; role: string }): Promise<JoinGrant | void>;
  /** Fills a freshly created document from storage; the document is served only after this. */
  onLoadDocument?(doc: ServedDocument): Promise<void>;
  /**
   * Every incoming update, before storage: return false to drop it (e.g. no longer allowed). Runs
   * per keystroke, so an answer known at once is given at once (no promise).
   */
  onBeforeUpdate?(doc: ServedDocument, connection: Connection | null): boolean | Promise<boolean>;
  /** An update was refused because it cannot be applied (nothing was stored or applied). */
  onInvalidUpdate?(doc: ServedDocument, connection: Connection, refusal: { problem: UpdateProblem; bytes: number }): Promise<void>;
  /** Stores accepted updates durably; the sender's ack waits for this. */
  onStoreUpdates?(doc: ServedDocument, entries: StoredEntry[]): Promise<void>;
  /** After updates are stored and applied; per keystroke, so work that waits returns a promise and the rest none. */
  onChange?(doc: ServedDocument, entries: StoredEntry[]): void | Promise<void>;
  /** When the last connection leaves, and before the document is unloaded. */
  onStoreDocument?(doc: ServedDocument): Promise<void>;
}
