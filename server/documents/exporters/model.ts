/**
 * Reads the ProseMirror JSON of a document body into a small, checked model that every exporter
 * renders. Whatever the JSON holds — unknown nodes, missing or wrong attributes, hostile strings,
 * absurd nesting — this is the one place that decides what it means, so no renderer has to trust it.
 */
import type { JSONContent } from "@tiptap/core";
import { MENTION_NODE, mentionText } from "../../../shared/editor/mentions";

export interface Marks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  code: boolean;
  /** A checked http, https or mailto address; null when there is no link or it was refused. */
  link: string | null;
}

export type Inline = { kind: "text"; text: string; marks: Marks } | { kind: "break" };

export interface ListItem {
  /** For task items: whether it is done; null in ordinary lists. */
  checked: boolean | null;
  blocks: Block[];
}

export interface TableCell {
  header: boolean;
  blocks: Block[];
}

export type Block =
  | { kind: "paragraph"; inlines: Inline[] }
  | { kind: "heading"; level: 1 | 2 | 3; inlines: Inline[] }
  | { kind: "list"; list: "bullet" | "ordered" | "task"; start: number; items: ListItem[] }
  | { kind: "blockquote"; blocks: Block[] }
  | { kind: "rule" }
  | { kind: "code"; language: string | null; text: string }
  | { kind: "table"; rows: TableCell[][] };

export const NO_MARKS: Marks = Object.freeze({ bold: false, italic: false, underline: false, strike: false, code: false, link: null });

/** Deeper than this, nesting is flattened to text: enough for any real document, safe for the stack. */
const MAX_DEPTH = 32;

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** The address, normalised, if it is an absolute http, https or mailto URL; null otherwise. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== "string") return null;
  const trimmed = href.trim();
  if (trimmed === "" || trimmed.length > 2048 || /[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== "mailto:" && !url.hostname) return null;
  // Credentials in a link are a phishing device, never a good practice.
  if (url.username || url.password) return null;
  return url.href;
}

/**
 * Text as it may go into any output: well-formed UTF-16, no control characters (they are invalid in
 * XML and meaningless here), NFC so that "é" is one character everywhere.
 */
export function cleanText(value: unknown): string {
  if (typeof value !== "string") return "";
  return value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f\uFFFE\uFFFF]/g, "")
    .normalize("NFC");
}

function isNode(value: unknown): value is JSONContent {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function childrenOf(node: JSONContent): JSONContent[] {
  return Array.isArray(node.content) ? node.content.filter(isNode) : [];
}

function attr(node: JSONContent, name: string): unknown {
  return isNode(node.attrs) ? (node.attrs as Record<string, unknown>)[name] : undefined;
}

/** All the text under a node, without recursion (so any depth is safe); blocks are separated by spaces. */
export function plainText(node: JSONContent): string {
  const out: string[] = [];
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!isNode(current)) continue;
    if (current.type === "text") out.push(cleanText(current.text));
    else if (current.type === "hardBreak") out.push(" ");
    const children = Array.isArray(current.content) ? current.content : [];
    if (current.type !== "text" && children.length > 0 && out.length > 0 && !out[out.length - 1]!.endsWith(" ")) out.push(" ");
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out.join("").replace(/ {2,}/g, " ").trim();
}

function marksOf(node: JSONContent): Marks {
  const marks: Marks = { ...NO_MARKS };
  if (!Array.isArray(node.marks)) return marks;
  for (const mark of node.marks) {
    if (!isNode(mark)) continue;
    switch (mark.type) {
      case "bold":
        marks.bold = true;
        break;
      case "italic":
        marks.italic = true;
        break;
      case "underline":
        marks.underline = true;
        break;
      case "strike":
        marks.strike = true;
        break;
      case "code":
        marks.code = true;
        break;
      case "link":
        marks.link = safeHref(isNode(mark.attrs) ? (mark.attrs as Record<string, unknown>).href : undefined);
        break;
      default:
        // Unknown marks (highlight, colour…) carry no meaning an export must keep.
        break;
    }
  }
  return marks;
}

function readInlines(nodes: JSONContent[], out: Inline[] = []): Inline[] {
  for (const node of nodes) {
    if (node.type === "text") {
      const text = cleanText(node.text);
      if (text === "") continue;
      // A newline inside a text node is not valid ProseMirror, but treat it as the break it looks like.
      const lines = text.split("\n");
      lines.forEach((line, i) => {
        if (i > 0) out.push({ kind: "break" });
        if (line !== "") out.push({ kind: "text", text: line, marks: marksOf(node) });
      });
    } else if (node.type === "hardBreak") {
      out.push({ kind: "break" });
    } else if (node.type === MENTION_NODE) {
      // "@Name", as the editor shows it.
      const text = cleanText(mentionText(isNode(node.attrs) ? (node.attrs as Record<string, unknown>) : {})).replace(/\n/g, " ");
      if (text !== "@") out.push({ kind: "text", text, marks: { ...NO_MARKS } });
    } else {
      // An unknown inline node (mention, image, emoji…): its text, unformatted.
      const text = plainText(node);
      if (text !== "") out.push({ kind: "text", text, marks: { ...NO_MARKS } });
    }
  }
  return out;
}

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.trunc(n))) : fallback;
}

function readListItems(node: JSONContent, depth: number): ListItem[] {
  return childrenOf(node).map((child) => {
    const checked = child.type === "taskItem" ? attr(child, "checked") === true : null;
    const blocks = child.type === "listItem" || child.type === "taskItem" ? readBlocks(childrenOf(child), depth + 1) : readBlocks([child], depth + 1);
    return { checked, blocks };
  });
}

function readTable(node: JSONContent, depth: number): TableCell[][] {
  const rows: TableCell[][] = [];
  for (const row of childrenOf(node)) {
    const cells: TableCell[] = [];
    const cellNodes = row.type === "tableRow" ? childrenOf(row) : [row];
    for (const cell of cellNodes) {
      const blocks = cell.type === "tableCell" || cell.type === "tableHeader" ? readBlocks(childrenOf(cell), depth + 1) : readBlocks([cell], depth + 1);
      cells.push({ header: cell.type === "tableHeader", blocks });
    }
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}

function readBlock(node: JSONContent, depth: number): Block[] {
  if (depth > MAX_DEPTH) {
    const text = plainText(node);
    return text === "" ? [] : [{ kind: "paragraph", inlines: [{ kind: "text", text, marks: { ...NO_MARKS } }] }];
  }
  switch (node.type) {
    case "doc":
      return readBlocks(childrenOf(node), depth + 1);
    case "paragraph":
      return [{ kind: "paragraph", inlines: readInlines(childrenOf(node)) }];
    case "heading": {
      const level = clampInt(attr(node, "level"), 1, 3, 1) as 1 | 2 | 3;
      return [{ kind: "heading", level, inlines: readInlines(childrenOf(node)) }];
    }
    case "bulletList":
      return [{ kind: "list", list: "bullet", start: 1, items: readListItems(node, depth) }];
    case "orderedList":
      return [{ kind: "list", list: "ordered", start: clampInt(attr(node, "start"), 0, 999_999, 1), items: readListItems(node, depth) }];
    case "taskList":
      return [{ kind: "list", list: "task", start: 1, items: readListItems(node, depth) }];
    case "listItem":
    case "taskItem":
      // An item outside a list: a one-item list of the kind it implies.
      return [
        {
          kind: "list",
          list: node.type === "taskItem" ? "task" : "bullet",
          start: 1,
          items: [{ checked: node.type === "taskItem" ? attr(node, "checked") === true : null, blocks: readBlocks(childrenOf(node), depth + 1) }],
        },
      ];
    case "blockquote":
      return [{ kind: "blockquote", blocks: readBlocks(childrenOf(node), depth + 1) }];
    case "horizontalRule":
      return [{ kind: "rule" }];
    case "codeBlock": {
      const language = attr(node, "language");
      const text = childrenOf(node)
        .map((child) => (child.type === "hardBreak" ? "\n" : child.type === "text" ? cleanText(child.text) : plainText(child)))
        .join("");
      return [{ kind: "code", language: typeof language === "string" && /^[A-Za-z0-9_+#.-]{1,32}$/.test(language) ? language : null, text }];
    }
    case "table":
      return [{ kind: "table", rows: readTable(node, depth) }];
    case "tableRow":
    case "tableCell":
    case "tableHeader":
      return [{ kind: "table", rows: readTable({ type: "table", content: [node.type === "tableRow" ? node : { type: "tableRow", content: [node] }] }, depth) }];
    case "text":
    case "hardBreak":
      return [{ kind: "paragraph", inlines: readInlines([node]) }];
    default: {
      // Unknown node: its text content, never a crash.
      const text = plainText(node);
      return text === "" ? [] : [{ kind: "paragraph", inlines: [{ kind: "text", text, marks: { ...NO_MARKS } }] }];
    }
  }
}

function readBlocks(nodes: JSONContent[], depth: number): Block[] {
  const blocks: Block[] = [];
  // Inline content directly in a block container is gathered into one paragraph.
  let loose: JSONContent[] = [];
  const flush = () => {
    if (loose.length > 0) blocks.push({ kind: "paragraph", inlines: readInlines(loose) });
    loose = [];
  };
  for (const node of nodes) {
    if (node.type === "text" || node.type === "hardBreak") {
      loose.push(node);
      continue;
    }
    flush();
    blocks.push(...readBlock(node, depth));
  }
  flush();
  return blocks;
}

/** The body's blocks. Never throws, whatever the input. */
export function readDocument(content: unknown): Block[] {
  if (!isNode(content)) return [];
  return readBlock(content.type === undefined ? { ...content, type: "doc" } : content, 0);
}

/** Consecutive inlines that share a link, so a linked phrase becomes one link. */
export function groupByLink(inlines: Inline[]): Array<{ link: string | null; inlines: Inline[] }> {
  const groups: Array<{ link: string | null; inlines: Inline[] }> = [];
  for (const inline of inlines) {
    const link = inline.kind === "text" ? inline.marks.link : null;
    const last = groups[groups.length - 1];
    if (last && last.link === link) last.inlines.push(inline);
    else groups.push({ link, inlines: [inline] });
  }
  return groups;
}

/** The number of columns of a table: its widest row. */
export function columnCount(rows: TableCell[][]): number {
  return rows.reduce((max, row) => Math.max(max, row.length), 0);
}

/** Plain text of some blocks, one line per paragraph, for places that cannot hold structure. */
export function blocksToLines(blocks: Block[], prefix = ""): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "paragraph":
      case "heading":
        lines.push(prefix + inlineText(block.inlines));
        break;
      case "list":
        block.items.forEach((item, i) => {
          const marker = block.list === "ordered" ? `${block.start + i}. ` : block.list === "task" ? (item.checked ? "[x] " : "[ ] ") : "• ";
          const inner = blocksToLines(item.blocks);
          inner.forEach((line, j) => lines.push(prefix + (j === 0 ? marker : "   ") + line));
          if (inner.length === 0) lines.push(prefix + marker.trimEnd());
        });
        break;
      case "blockquote":
        lines.push(...blocksToLines(block.blocks, prefix));
        break;
      case "rule":
        break;
      case "code":
        lines.push(...block.text.split("\n").map((line) => prefix + line));
        break;
      case "table":
        for (const row of block.rows) lines.push(prefix + row.map((cell) => blocksToLines(cell.blocks).join(" ")).join(" | "));
        break;
    }
  }
  return lines;
}

/** The text of some inlines, breaks as newlines. */
export function inlineText(inlines: Inline[]): string {
  return inlines.map((inline) => (inline.kind === "break" ? "\n" : inline.text)).join("");
}
