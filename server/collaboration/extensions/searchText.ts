import { documentPlainText } from "../../documents/documentText";
import { DocumentModel } from "../../models/Document";
import type { ServedDocument } from "../servedDocument";
import type { CollaborationExtension } from "../types";

const DEBOUNCE_MS = 3_000;

/** Keeps Document.searchText (library search) up to date: a few seconds after edits, and on store. */
export function searchTextExtension(): CollaborationExtension {
  const timers = new Map<string, NodeJS.Timeout>();
  const refresh = async (doc: ServedDocument) => {
    clearTimeout(timers.get(doc.id));
    timers.delete(doc.id);
    if (doc.broken) return;
    await DocumentModel.updateOne({ _id: doc.id }, { $set: { searchText: documentPlainText(doc.ydoc) } });
  };
  return {
    async onChange(doc) {
      if (timers.has(doc.id)) return;
      const timer = setTimeout(() => void refresh(doc).catch(() => {}), DEBOUNCE_MS);
      timer.unref();
      timers.set(doc.id, timer);
    },
    onStoreDocument: refresh,
  };
}
