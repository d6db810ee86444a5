import * as Y from "yjs";
import { DOCUMENT_FIELD } from "../../shared/editor/extensions";

/** A paragraph added by a client of its own: an update that stands alone (it depends on no other). */
export function paragraphUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(DOCUMENT_FIELD).push([paragraph]);
  return Y.encodeStateAsUpdate(doc);
}
