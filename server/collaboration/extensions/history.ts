import * as Y from "yjs";
import { DOCUMENT_LIMITS } from "../../../shared/documents";
import documentVersionRecorder from "../../commands/documentVersionRecorder";
import { DocumentVersion } from "../../models/DocumentVersion";
import type { ServedDocument } from "../servedDocument";
import type { CollaborationExtension } from "../types";

interface HistoryState {
  authors: Set<string>;
  lastEditAt: number;
  lastVersionAt: number;
  /**
   * Reads lastVersionAt, at the first version this load may record, not at the load: a filter on
   * documentId decodes every version on FerretDB, and most loads (readers, exports) record none.
   */
  lastVersionRead: Promise<void> | undefined;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Automatic versions: after a pause in editing, at most one per ten minutes of activity, crediting
 * everyone who edited since the previous version. Named versions and restores are recorded by
 * their routes.
 */
export function historyExtension(options: { pauseMs?: number; everyMs?: number } = {}): CollaborationExtension {
  const pauseMs = options.pauseMs ?? DOCUMENT_LIMITS.autoVersionPauseMs;
  const everyMs = options.everyMs ?? DOCUMENT_LIMITS.autoVersionEveryMs;
  const stateOf = (doc: ServedDocument) => doc.extensionState.get("history") as HistoryState;

  const maybeRecord = async (doc: ServedDocument, force = false) => {
    const state = stateOf(doc);
    clearTimeout(state.timer);
    state.timer = undefined;
    if (state.authors.size === 0 || doc.broken) return;
    // A failed read is tried again next time.
    await (state.lastVersionRead ??= readLastVersion(doc, state).catch((error: unknown) => {
      state.lastVersionRead = undefined;
      throw error;
    }));
    if (state.authors.size === 0 || doc.broken) return;
    const now = Date.now();
    const wait = Math.max(state.lastEditAt + pauseMs - now, state.lastVersionAt + everyMs - now);
    if (wait > 0 && !force) return schedule(doc, wait);
    if (now - state.lastVersionAt < everyMs) return; // on leave: still within the ten minutes
    const authorIds = [...state.authors];
    state.authors.clear();
    state.lastVersionAt = now;
    await documentVersionRecorder({ documentId: doc.id, kind: "auto", state: Y.encodeStateAsUpdate(doc.ydoc), authorIds });
  };

  const readLastVersion = async (doc: ServedDocument, state: HistoryState) => {
    const last = await DocumentVersion.findOne({ documentId: doc.id, kind: "auto" }, { createdAt: 1 }).sort({ createdAt: -1 }).lean();
    state.lastVersionAt = Math.max(state.lastVersionAt, last?.createdAt.getTime() ?? 0);
  };

  const schedule = (doc: ServedDocument, delay: number) => {
    const state = stateOf(doc);
    if (state.timer) return;
    state.timer = setTimeout(() => void maybeRecord(doc).catch(() => {}), delay);
    state.timer.unref();
  };

  return {
    async onLoadDocument(doc) {
      doc.extensionState.set("history", { authors: new Set(), lastEditAt: 0, lastVersionAt: 0, lastVersionRead: undefined, timer: undefined } satisfies HistoryState);
    },
    onChange(doc, entries) {
      const state = stateOf(doc);
      for (const entry of entries) if (entry.userId) state.authors.add(entry.userId);
      state.lastEditAt = Date.now();
      schedule(doc, pauseMs);
    },
    async onStoreDocument(doc) {
      await maybeRecord(doc, true);
    },
  };
}
