import * as Y from "yjs";
import { DOCUMENT_LIMITS } from "../../../shared/documents";
import { documentStore } from "../documentStore";
import type { ServedDocument } from "../servedDocument";
import type { CollaborationExtension } from "../types";

/**
 * Loads a document as snapshot + later updates, stores each accepted update before it is
 * acknowledged, and compacts the updates into a snapshot every N updates and when the last editor
 * leaves, so loads stay fast however long a document has been edited.
 */
export function persistenceExtension(options: { compactEvery?: number } = {}): CollaborationExtension {
  const compactEvery = options.compactEvery ?? DOCUMENT_LIMITS.compactEvery;

  const compacting = new WeakSet<ServedDocument>();
  const compact = async (doc: ServedDocument) => {
    if (doc.updatesSinceSnapshot === 0 || doc.broken || compacting.has(doc)) return;
    compacting.add(doc);
    try {
      const seq = doc.seq;
      const state = Y.encodeStateAsUpdate(doc.ydoc);
      await documentStore.compact(doc.id, state, seq);
      // Updates accepted while the snapshot was written are still counted.
      doc.updatesSinceSnapshot = Math.max(0, doc.seq - seq);
    } finally {
      compacting.delete(doc);
    }
  };

  return {
    async onLoadDocument(doc) {
      const stored = await documentStore.load(doc.id);
      Y.applyUpdate(doc.ydoc, stored.state, "storage");
      doc.seq = stored.seq;
      doc.updatesSinceSnapshot = stored.pendingUpdates;
      // A document left with many uncompacted updates (e.g. after a crash) is compacted at once, so
      // the next load is fast again.
      if (doc.updatesSinceSnapshot >= compactEvery) await compact(doc);
    },

    async onStoreUpdates(doc, entries) {
      // One row per batch: the database does one insert however many keystrokes arrived together.
      if (entries.length === 1) return documentStore.append(doc.id, entries);
      const last = entries[entries.length - 1]!;
      const authors = new Set(entries.map((e) => e.userId));
      await documentStore.append(doc.id, [
        { seq: last.seq, update: Y.mergeUpdates(entries.map((e) => e.update)), userId: authors.size === 1 ? last.userId : null },
      ]);
    },

    async onChange(doc) {
      if (doc.updatesSinceSnapshot >= compactEvery) await compact(doc);
    },

    onStoreDocument: compact,
  };
}
