import { documentPlainText } from "../../documents/documentText";
import { DocumentModel } from "../../models/Document";
import type { ServedDocument } from "../servedDocument";
import type { CollaborationExtension } from "../types";

/**
 * The library search may lag an edit by this much: the plain text of the whole document, and a
 * write of it, per refresh; every few seconds for every open document was a good share of the
 * server's and the database's CPU with many documents open.
 */
const REFRESH_EVERY_MS = 120_000;

/** Keeps Document.searchText (library search) up to date: at most every two minutes while edited, and when the last editor leaves or the server stops. */
export function searchTextExtension(): CollaborationExtension {
  const timers = new Map<string, NodeJS.Timeout>();
  const refresh = async (doc: ServedDocument) => {
    clearTimeout(timers.get(doc.id));
    timers.delete(doc.id);
    if (doc.broken) return;
    await DocumentModel.updateOne({ _id: doc.id }, { $set: { searchText: documentPlainText(doc.ydoc) } });
  };
  return {
    onChange(doc) {
      if (timers.has(doc.id)) return;
      const timer = setTimeout(() => void refresh(doc).catch(() => {}), REFRESH_EVERY_MS);
      timer.unref();
      timers.set(doc.id, timer);
    },
    onStoreDocument: refresh,
  };
}
