import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { TrialReplica } from "./trialReplica";
import type { Connection, StoredEntry } from "./types";

/**
 * One batch of a document waiting for storage at a time: what arrives meanwhile becomes the next
 * batch, so a busy document puts one row into each group write (groupCommit.ts), not one per turn.
 * Two in flight made about 1.5 times the rows at 200 documents × 3 authors, each row costing the
 * database an insert and, when swept, a decode.
 */
const MAX_WRITES_IN_FLIGHT = 1;

/** A document held in memory while people work on it: the Yjs doc, awareness and connections. */
export class ServedDocument {
  ydoc = new Y.Doc();
  awareness = new Awareness(this.ydoc);
  readonly connections = new Map<string, Connection>();
  /** Which connection speaks for each awareness client id (first come; see CollaborationHub.handleAwareness). */
  readonly awarenessOwners = new Map<number, Connection>();
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
  /** The store hooks (compaction, versions) currently running, so the next run waits for them. */
  storing: Promise<void> = Promise.resolve();

  private pending: Array<StoredEntry & { resolve(): void; reject(error: unknown): void }> = [];
  private flushScheduled = false;
  private inFlight = 0;
  /** Entries in the writes now in flight. */
  private inFlightEntries = 0;
  private outstanding = new Set<Promise<unknown>>();
  private trialReplica: TrialReplica | undefined;

  constructor(readonly id: string) {
    // The server holds no cursor of its own.
    this.awareness.setLocalState(null);
  }

  /** Takes a fully loaded Y.Doc as this document's body; only before the document is served. */
  adopt(ydoc: Y.Doc): void {
    this.awareness.destroy();
    this.ydoc.destroy();
    this.ydoc = ydoc;
    this.awareness = new Awareness(ydoc);
    this.awareness.setLocalState(null);
  }

  /**
   * The copy an update is tried on before the document sees it, when it is not certain to
   * integrate whole (plainUpdate.ts). Made when first needed, from the document as it is then, so
   * readers that only load a document (exports) and editors who only type never pay for it.
   */
  get trial(): TrialReplica {
    this.trialReplica ??= new TrialReplica(this.ydoc);
    return this.trialReplica;
  }

  /** After an update applied without a trial: the copy no longer matches, and is made again when needed. */
  dropTrial(): void {
    this.trialReplica?.destroy();
    this.trialReplica = undefined;
  }

  /** Updates accepted and not yet stored (queued or being written). */
  get unstored(): number {
    return this.pending.length + this.inFlightEntries;
  }

  /**
   * Queues an update for storage. Updates arriving in the same turn of the event loop, or while
   * the document's previous batch is being stored, are written together as one batch (group
   * commit), so a busy document does not cost one row per keystroke. Each acknowledgement only
   * promises its own update; sequence numbers keep the load order.
   */
  enqueue(update: Uint8Array, userId: string | null, store: (entries: StoredEntry[]) => Promise<void>): Promise<StoredEntry> {
    const entry = { seq: ++this.seq, update, userId };
    const stored = new Promise<void>((resolve, reject) => this.pending.push({ ...entry, resolve, reject }));
    const tracked = stored.catch(() => undefined);
    this.outstanding.add(tracked);
    void tracked.then(() => this.outstanding.delete(tracked));
    this.scheduleFlush(store);
    return stored.then(() => entry);
  }

  /** Resolves once every update queued so far is stored or has failed. */
  async settled(): Promise<void> {
    await Promise.all([...this.outstanding]);
  }

  private scheduleFlush(store: (entries: StoredEntry[]) => Promise<void>): void {
    if (this.flushScheduled || this.inFlight >= MAX_WRITES_IN_FLIGHT || this.pending.length === 0) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flush(store);
    });
  }

  private async flush(store: (entries: StoredEntry[]) => Promise<void>): Promise<void> {
    const batch = this.pending.splice(0);
    if (batch.length === 0) return;
    if (this.broken) return batch.forEach((entry) => entry.reject(new Error("the document could not be stored")));
    this.inFlight++;
    this.inFlightEntries += batch.length;
    try {
      await store(batch.map(({ seq, update, userId }) => ({ seq, update, userId })));
      batch.forEach((entry) => entry.resolve());
    } catch (error) {
      this.broken = true;
      batch.forEach((entry) => entry.reject(error));
      this.pending.splice(0).forEach((entry) => entry.reject(error));
    } finally {
      this.inFlight--;
      this.inFlightEntries -= batch.length;
      this.scheduleFlush(store);
    }
  }

  destroy(): void {
    clearTimeout(this.idleTimer);
    this.trialReplica?.destroy();
    this.awareness.destroy();
    this.ydoc.destroy();
  }
}
