import Mention from "@tiptap/extension-mention";
import type { MentionOptions } from "@tiptap/extension-mention";
import { MENTION_NODE, mentionText } from "./mentionNode";

export { MENTION_NODE, mentionText, mentionsIn, type TextMention } from "./mentionNode";

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
