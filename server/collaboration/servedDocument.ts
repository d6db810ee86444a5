import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import type { Connection, StoredEntry } from "./types";

/** A document held in memory while people work on it: the Yjs doc, awareness and connections. */
export class ServedDocument {
  readonly ydoc = new Y.Doc();
  readonly awareness = new Awareness(this.ydoc);
  readonly connections = new Map<string, Connection>();
  /** Highest stored sequence number. */
  seq = 0;
  /** Updates stored since the last snapshot. */
  updatesSinceSnapshot = 0;
  /** Set when storing failed: the document is then dropped from memory and reloaded from storage. */
  broken = false;
  idleTimer: NodeJS.Timeout | undefined;
  /** Updates applied this turn, waiting to be relayed as one message. */
  readonly outgoing: Array<{ update: Uint8Array; origin: string | null }> = [];
  /** Extensions keep their per-document state here, keyed by extension name. */
  readonly extensionState = new Map<string, unknown>();

  private pending: Array<StoredEntry & { resolve(): void; reject(error: unknown): void }> = [];
  private flushing = false;

  constructor(readonly id: string) {
    // The server holds no cursor of its own.
    this.awareness.setLocalState(null);
  }

  /**
   * Queues an update for storage. Updates arriving while a write is in flight are written together
   * in the next one (group commit), so a busy document costs one round trip per batch, not per keystroke.
   */
  enqueue(update: Uint8Array, userId: string | null, store: (entries: StoredEntry[]) => Promise<void>): Promise<StoredEntry> {
    const entry = { seq: ++this.seq, update, userId };
    const stored = new Promise<void>((resolve, reject) => this.pending.push({ ...entry, resolve, reject }));
    void this.flush(store);
    return stored.then(() => entry);
  }

  private async flush(store: (entries: StoredEntry[]) => Promise<void>): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0);
        try {
          await store(batch.map(({ seq, update, userId }) => ({ seq, update, userId })));
          batch.forEach((entry) => entry.resolve());
        } catch (error) {
          this.broken = true;
          batch.forEach((entry) => entry.reject(error));
          this.pending.splice(0).forEach((entry) => entry.reject(error));
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  destroy(): void {
    clearTimeout(this.idleTimer);
    this.awareness.destroy();
    this.ydoc.destroy();
  }
}
