import { clearDocument, IndexeddbPersistence } from "y-indexeddb";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { getSocket } from "../api/socket";
import { forgetOfflineCopy, offlineCopyName, onDeleteOfflineCopies, rememberOfflineCopy } from "./offlineCopies";
import { SocketProvider, type ConnectionStatus } from "./socketProvider";

/** What the document page shows about the collaboration, as one immutable snapshot. */
export interface CollaborationState {
  status: ConnectionStatus;
  /** The server's copy has been received since the last (re)connection. */
  synced: boolean;
  /** The browser's own copy has been loaded (the document can be read offline). */
  loadedLocally: boolean;
  readOnly: boolean;
  save: "saved" | "saving" | "unsaved_offline";
  saveFailed: boolean;
  /** Why the server stopped serving the document, if it did. */
  closedCode: string | null;
}

/** Removes a document's copy from this browser (after access was lost), whether or not it is open. */
export async function clearLocalCopy(documentId: string): Promise<void> {
  const entry = open.get(documentId);
  if (entry) await entry.session.forget();
  else await clearDocument(offlineCopyName(documentId)).catch(() => undefined);
  forgetOfflineCopy(offlineCopyName(documentId));
}

/** Key in the document's IndexedDB store: 1 while edits made here may not have reached the server. */
const UNSAVED_KEY = "unsaved";
/** IndexedDB can be unavailable (private windows, policies): work online-only rather than wait forever. */
const LOCAL_LOAD_TIMEOUT_MS = 2000;

/**
 * One open document: its Y.Doc, kept in IndexedDB (y-indexeddb) so it opens offline and offline
 * edits survive a reload, and bound to the server by a SocketProvider once the local copy is loaded
 * (so our first sync step 2 carries the edits the server has not seen).
 */
export class CollaborationSession {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  readonly persistence: IndexeddbPersistence;
  provider: SocketProvider | null = null;
  private state: CollaborationState;
  private readonly listeners = new Set<() => void>();
  private lastUnsaved = false;
  private destroyed = false;

  constructor(readonly documentId: string) {
    this.persistence = new IndexeddbPersistence(offlineCopyName(documentId), this.doc);
    rememberOfflineCopy(offlineCopyName(documentId));
    this.persistence.on("synced", () => this.onChange());
    this.state = this.compute();
    void this.start();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): CollaborationState => this.state;

  /** Leaves the room and closes the local database (resolved once it is closed). */
  destroy(): Promise<void> {
    this.destroyed = true;
    this.provider?.destroy();
    this.awareness.destroy();
    const closed = this.persistence.destroy().catch(() => undefined);
    this.doc.destroy();
    this.listeners.clear();
    return closed;
  }

  /** Removes the local copy: the person lost access, so the device must not keep the text. */
  async forget(): Promise<void> {
    await this.persistence.clearData().catch(() => undefined);
  }

  private async start(): Promise<void> {
    const loaded = await Promise.race([
      this.persistence.whenSynced.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), LOCAL_LOAD_TIMEOUT_MS)),
    ]);
    const unsaved = loaded ? await this.persistence.get(UNSAVED_KEY).catch(() => 0) : 0;
    if (this.destroyed) return;
    this.lastUnsaved = unsaved === 1;
    this.provider = new SocketProvider(this.documentId, this.doc, getSocket(), {
      awareness: this.awareness,
      storageOrigin: this.persistence,
      unsent: this.lastUnsaved,
    });
    this.provider.on("change", this.onChange);
    this.onChange();
  }

  private readonly onChange = () => {
    this.state = this.compute();
    const unsaved = this.state.save !== "saved";
    if (unsaved !== this.lastUnsaved && this.persistence.db) {
      this.lastUnsaved = unsaved;
      void this.persistence.set(UNSAVED_KEY, unsaved ? 1 : 0).catch(() => undefined);
    }
    for (const listener of this.listeners) listener();
  };

  private compute(): CollaborationState {
    const provider = this.provider;
    const waiting = provider ? provider.pending > 0 || provider.unsent : false;
    const status = provider?.status ?? (navigator.onLine ? "connecting" : "offline");
    return {
      status,
      synced: provider?.synced ?? false,
      loadedLocally: this.persistence.synced,
      readOnly: provider?.readOnly ?? false,
      save: !waiting ? "saved" : status === "connected" ? "saving" : "unsaved_offline",
      saveFailed: provider?.saveFailed ?? false,
      closedCode: provider?.closedCode ?? null,
    };
  }
}

/*
 * Sessions are shared and counted: React's StrictMode mounts, unmounts and mounts again at once,
 * and leaving and re-joining the room for that would flicker everyone's "who is here".
 */
const open = new Map<string, { session: CollaborationSession; users: number; closing?: ReturnType<typeof setTimeout> }>();

export function acquireSession(documentId: string): CollaborationSession {
  const entry = open.get(documentId);
  if (entry) {
    clearTimeout(entry.closing);
    entry.users += 1;
    return entry.session;
  }
  const session = new CollaborationSession(documentId);
  open.set(documentId, { session, users: 1 });
  return session;
}

export function releaseSession(session: CollaborationSession): void {
  const entry = open.get(session.documentId);
  if (!entry || entry.session !== session) return;
  entry.users -= 1;
  if (entry.users > 0) return;
  entry.closing = setTimeout(() => {
    open.delete(session.documentId);
    void session.destroy();
  }, 100);
}

// Signing out deletes the copies (offlineCopies.ts): close every open document first.
onDeleteOfflineCopies(async () => {
  const entries = [...open.values()];
  open.clear();
  await Promise.all(
    entries.map(({ session, closing }) => {
      clearTimeout(closing);
      return session.destroy();
    }),
  );
});
