import Mention from "@tiptap/extension-mention";
import type { MentionOptions } from "@tiptap/extension-mention";
import type { JSONContent } from "@tiptap/core";

/** The node name of an `@name` mention in a document's text (Tiptap's Mention; y-prosemirror stores it as an XML element of that name). */
export const MENTION_NODE = "mention";

/** A person mentioned in the text: the account id and the name as it was written. */
export interface TextMention {
  id: string;
  label: string;
}

/** How a mention reads outside the editor (plain text, exports): "@Name". */
export const mentionText = (attrs: { id?: unknown; label?: unknown }): string => `@${typeof attrs.label === "string" && attrs.label ? attrs.label : String(attrs.id ?? "")}`;

/**
 * The mention node both sides agree on; the editor adds the suggestion list (client/editor/mentionSuggestion.ts).
 * The server never needs the suggestion: it only reads and renders the node.
 */
export function mentionExtension(suggestion?: MentionOptions["suggestion"]) {
  return Mention.configure({
    HTMLAttributes: { class: "mention" },
    renderText: ({ node }) => mentionText(node.attrs),
    renderHTML: ({ node, options }) => ["span", { ...options.HTMLAttributes, "data-type": MENTION_NODE, "data-id": node.attrs.id, "data-label": node.attrs.label }, mentionText(node.attrs)],
    ...(suggestion ? { suggestion } : {}),
  });
}

/** Every mention in a ProseMirror JSON body, in order (a person mentioned twice appears twice). */
export function mentionsIn(content: JSONContent): TextMention[] {
  const found: TextMention[] = [];
  const walk = (node: JSONContent) => {
    if (node.type === MENTION_NODE && typeof node.attrs?.id === "string") found.push({ id: node.attrs.id, label: typeof node.attrs.label === "string" ? node.attrs.label : "" });
    for (const child of node.content ?? []) walk(child);
  };
  walk(content);
  return found;
}
