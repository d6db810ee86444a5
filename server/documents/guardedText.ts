import type * as Y from "yjs";
import { mentionsIn, mentionText } from "../../shared/editor/mentions";
import { User } from "../models/User";
import { documentJson, documentPlainText } from "./documentText";

const isId = (id: string) => /^[0-9a-f]{24}$/.test(id);

/**
 * The text the personal-data guard reads: as search reads it, except that a mention of a colleague
 * by their account name ("@Anna Janssens", a mention node whose id is that account) is left out, as
 * in comments: it names someone who works on the document, not someone it is about. A mention node
 * whose label is not its account's name (renamed, or written by hand into the JSON) is checked.
 */
export async function guardedPlainText(ydoc: Y.Doc): Promise<string> {
  const mentions = mentionsIn(documentJson(ydoc));
  const ids = [...new Set(mentions.map((m) => m.id).filter(isId))];
  const names = new Map<string, string>();
  if (ids.length > 0) for (const user of await User.find({ _id: { $in: ids } }, { name: 1 }).lean()) names.set(String(user._id), user.name);
  return documentPlainText(ydoc, { mention: (attrs) => (typeof attrs.id === "string" && names.has(attrs.id) && names.get(attrs.id) === attrs.label ? "@" : mentionText(attrs)) });
}
