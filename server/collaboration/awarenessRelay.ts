import { encodeAwarenessUpdate } from "y-protocols/awareness";
import { encodeRelay } from "../../shared/relayMessages";
import type { GreychairIo } from "../realtime/socketServer";
import { room } from "./broadcastQueue";
import type { ServedDocument } from "./servedDocument";

/** Minimum time between two relayed awareness messages of one document. */
export const AWARENESS_SPACING_MS = 50;

interface Waiting {
  clients: Set<number>;
  /** Sockets whose changes wait; one alone does not get its own back. */
  origins: Set<string>;
}

/**
 * Relays awareness (carets, selections) at most once per 50 ms per document: the first change
 * after a quiet spell goes out at once, the ones that follow within the spacing wait and go out
 * together, encoded from the server's awareness for the client ids that changed. A caret moving
 * with every keystroke of 100 editors was as many relays as edits, each to everyone.
 */
export class AwarenessRelay {
  private waiting = new WeakMap<ServedDocument, Waiting>();
  private lastSentAt = new WeakMap<ServedDocument, number>();

  constructor(private io: GreychairIo) {}

  /** `clients`: the awareness client ids the change (already applied to doc.awareness) touched. */
  relay(doc: ServedDocument, clients: number[], origin: string): void {
    const waiting = this.waiting.get(doc);
    if (waiting) {
      clients.forEach((id) => waiting.clients.add(id));
      waiting.origins.add(origin);
      return;
    }
    this.waiting.set(doc, { clients: new Set(clients), origins: new Set([origin]) });
    const wait = (this.lastSentAt.get(doc) ?? -Infinity) + AWARENESS_SPACING_MS - performance.now();
    if (wait > 0) setTimeout(() => this.send(doc), wait).unref();
    else this.send(doc);
  }

  private send(doc: ServedDocument): void {
    const waiting = this.waiting.get(doc);
    this.waiting.delete(doc);
    if (!waiting || doc.ydoc.isDestroyed) return;
    this.lastSentAt.set(doc, performance.now());
    // Only clients the awareness knows: an entry it ignored (e.g. a removal of an unknown client) has no clock to encode.
    const clients = [...waiting.clients].filter((id) => doc.awareness.meta.has(id));
    if (clients.length === 0) return;
    const update = encodeAwarenessUpdate(doc.awareness, clients);
    const single = waiting.origins.size === 1 ? [...waiting.origins][0]! : null;
    // Several senders: everyone gets it (a client ignores its own state at a clock it already has).
    const target = single ? this.io.to(room(doc.id)).except(single) : this.io.to(room(doc.id));
    // As text, like doc.relay: framed once for every receiver.
    target.emit("doc.awareness", { documentId: doc.id, update: encodeRelay(update) });
  }
}
