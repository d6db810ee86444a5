/**
 * Small builders of ProseMirror JSON in the shared editor schema, for bodies the server writes itself
 * (minutes, the archive's PDF, demo documents). ProseMirror refuses empty text nodes: they are left out.
 */
import type { JSONContent } from "@tiptap/core";

export type MarkName = "bold" | "italic";

export const text = (value: string, ...marks: MarkName[]): JSONContent[] =>
  value === "" ? [] : [{ type: "text", text: value, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) }];

export function paragraph(...parts: Array<JSONContent[] | string>): JSONContent {
  const content = parts.flatMap((part) => (typeof part === "string" ? text(part) : part));
  return content.length ? { type: "paragraph", content } : { type: "paragraph" };
}

export const heading = (level: 1 | 2 | 3, value: string): JSONContent => ({ type: "heading", attrs: { level }, content: text(value) });

/** "Label: value" with the label in bold; `colon` is ": ", or " : " in French. */
export const labelled = (label: string, value: string, colon = ": "): JSONContent => paragraph(text(label + colon, "bold"), text(value));

export const bulletList = (items: string[]): JSONContent => ({ type: "bulletList", content: items.map((item) => ({ type: "listItem", content: [paragraph(item)] })) });

export const orderedList = (items: string[]): JSONContent => ({ type: "orderedList", content: items.map((item) => ({ type: "listItem", content: [paragraph(item)] })) });

export const tableCell = (kind: "tableHeader" | "tableCell", value: string): JSONContent => ({ type: kind, content: [paragraph(value)] });

export const doc = (content: JSONContent[]): JSONContent => ({ type: "doc", content });
