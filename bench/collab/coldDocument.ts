import * as Y from "yjs";
import { DOCUMENT_FIELD } from "../../shared/editor/extensions";

export interface ColdDocument {
  /** One Yjs update per keystroke, the first one creating the paragraph. */
  updates: Uint8Array[];
  /** The whole document as one update, encoded from a Y.Doc as the server's compaction does. */
  state: Uint8Array;
  /** Characters in the finished document, to know when a load is complete. */
  textLength: number;
}

/** A document typed one character at a time: `count` single-keystroke updates. */
export function coldDocument(count: number): ColdDocument {
  const source = new Y.Doc();
  const text = new Y.XmlText();
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [text]);
  const updates: Uint8Array[] = [];
  source.on("update", (update: Uint8Array) => updates.push(update));
  source.getXmlFragment(DOCUMENT_FIELD).push([paragraph]);
  for (let i = 0; updates.length < count; i++) text.insert(i, String.fromCharCode(97 + (i % 26)));
  return { updates, state: Y.encodeStateAsUpdate(source), textLength: text.length };
}
