import type { JSONContent } from "@tiptap/core";
import { yDocToProsemirrorJSON } from "y-prosemirror";
import * as Y from "yjs";
import { DOCUMENT_FIELD } from "../../shared/editor/extensions";
import { MENTION_NODE, mentionText } from "../../shared/editor/mentions";

/** The document body as ProseMirror JSON (what the exporters and the text extraction read). */
export function documentJson(ydoc: Y.Doc): JSONContent {
  return yDocToProsemirrorJSON(ydoc, DOCUMENT_FIELD) as JSONContent;
}

const BLOCKS = new Set(["paragraph", "heading", "listItem", "taskItem", "blockquote", "codeBlock", "tableCell", "tableHeader", "horizontalRule"]);

/**
 * Plain text, one line per block: for search and for the personal-data check. A mention reads
 * "@Name"; `mention` may say otherwise (the guard leaves out colleagues' own mentions).
 */
export function documentPlainText(ydoc: Y.Doc, options: { mention?: (attrs: Record<string, unknown>) => string } = {}): string {
  const lines: string[] = [];
  let current = "";
  const mention = options.mention ?? mentionText;
  const walk = (node: JSONContent) => {
    if (node.type === "text") current += node.text ?? "";
    if (node.type === "hardBreak") current += "\n";
    if (node.type === MENTION_NODE) current += mention(node.attrs ?? {});
    for (const child of node.content ?? []) walk(child);
    if (node.type && BLOCKS.has(node.type) && current) {
      lines.push(current);
      current = "";
    }
  };
  walk(documentJson(ydoc));
  if (current) lines.push(current);
  return lines.join("\n");
}

export function ydocFromState(state: Uint8Array): Y.Doc {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state);
  return ydoc;
}
