import type { JSONContent } from "@tiptap/core";
import { diffArrays, diffWordsWithSpace } from "diff";
import type * as Y from "yjs";
import type { ComparisonBlock, ComparisonSegment } from "../../shared/types";
import { documentJson } from "./documentText";

type BlockKind = ComparisonBlock["kind"];
interface TextBlock {
  kind: BlockKind;
  level: number | null;
  text: string;
}

/**
 * A word diff longer than this many edits is shown as the old block deleted and the new inserted:
 * the diff is O(N·D), and a count of edits (unlike a time limit) gives the same answer every time.
 */
const MAX_WORD_EDITS = 2_000;

/** The innermost container decides what a text block is shown as (a paragraph in a list item is a list item). */
const CONTAINERS: Record<string, BlockKind> = { listItem: "listItem", taskItem: "taskItem", blockquote: "quote", tableCell: "cell", tableHeader: "cell" };

/** The body as a flat list of text blocks, in reading order: what the comparison aligns. */
export function textBlocks(ydoc: Y.Doc): TextBlock[] {
  const blocks: TextBlock[] = [];
  const inlineText = (node: JSONContent): string =>
    node.type === "text" ? (node.text ?? "") : node.type === "hardBreak" ? "\n" : (node.content ?? []).map(inlineText).join("");
  const walk = (node: JSONContent, container: BlockKind | null) => {
    switch (node.type) {
      case "paragraph":
        return void blocks.push({ kind: container ?? "paragraph", level: null, text: inlineText(node) });
      case "heading":
        return void blocks.push({ kind: "heading", level: Number(node.attrs?.level ?? 1), text: inlineText(node) });
      case "codeBlock":
        return void blocks.push({ kind: "code", level: null, text: inlineText(node) });
      case "horizontalRule":
        return void blocks.push({ kind: "rule", level: null, text: "" });
    }
    const inner = (node.type && CONTAINERS[node.type]) || container;
    for (const child of node.content ?? []) walk(child, inner);
  };
  walk(documentJson(ydoc), null);
  return blocks;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const whole = (block: TextBlock, change: "equal" | "insert" | "delete"): ComparisonBlock => ({
  kind: block.kind,
  level: block.level,
  change,
  segments: block.text ? [{ change, text: block.text }] : [],
});

/** One changed block, word by word (spaces kept, so the text reads as written). */
function modifiedBlock(before: TextBlock, after: TextBlock): ComparisonBlock[] {
  const changes = diffWordsWithSpace(before.text, after.text, { maxEditLength: MAX_WORD_EDITS });
  if (!changes) return [whole(before, "delete"), whole(after, "insert")];
  const segments: ComparisonSegment[] = changes.map((c) => ({ change: c.added ? "insert" : c.removed ? "delete" : "equal", text: c.value }));
  return [{ kind: after.kind, level: after.level, change: "modify", segments: readableRuns(segments) }];
}

/**
 * Word diffs keep a space they could match ("inspection" → "labour inspectorate" comes out as
 * -inspection +labour, =" ", +inspectorate). A space between two changes joins them, and each run
 * of changes reads as one deletion followed by one insertion.
 */
function readableRuns(segments: ComparisonSegment[]): ComparisonSegment[] {
  const result: ComparisonSegment[] = [];
  const push = (change: ComparisonSegment["change"], text: string) => {
    const last = result.at(-1);
    if (!text) return;
    if (last?.change === change) last.text += text;
    else result.push({ change, text });
  };
  let deleted = "";
  let inserted = "";
  const flush = () => {
    // Spaces that end both sides are not changed: they stay outside the marks.
    let tail = "";
    while (deleted && inserted && /\s/.test(deleted.at(-1)!) && deleted.at(-1) === inserted.at(-1)) {
      tail = deleted.at(-1)! + tail;
      deleted = deleted.slice(0, -1);
      inserted = inserted.slice(0, -1);
    }
    push("delete", deleted);
    push("insert", inserted);
    push("equal", tail);
    deleted = inserted = "";
  };
  segments.forEach((segment, index) => {
    const next = segments[index + 1];
    const between = segment.change === "equal" && !segment.text.trim() && (deleted || inserted) && next && next.change !== "equal";
    if (segment.change === "equal" && !between) {
      flush();
      push("equal", segment.text);
      return;
    }
    if (segment.change !== "insert") deleted += segment.text;
    if (segment.change !== "delete") inserted += segment.text;
  });
  flush();
  return result;
}

/**
 * A block-aware word diff: blocks are aligned first (same kind and text = unchanged); within a run
 * of removed blocks followed by added ones, blocks are paired in order and compared word by word,
 * and what is left over is a whole block deleted or inserted.
 */
export function compareDocuments(from: Y.Doc, to: Y.Doc): { blocks: ComparisonBlock[]; insertedWords: number; deletedWords: number } {
  const key = (block: TextBlock) => `${block.kind}:${block.level ?? ""}:${block.text}`;
  const before = textBlocks(from);
  const after = textBlocks(to);
  const parts = diffArrays(before.map(key), after.map(key));
  const blocks: ComparisonBlock[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      for (let n = 0; n < part.count; n += 1) blocks.push(whole(after[newIndex + n]!, "equal"));
      oldIndex += part.count;
      newIndex += part.count;
      continue;
    }
    // A removal directly followed by an addition (or the other way round) is a change in place.
    const next = parts[i + 1];
    const removed = part.removed ? part.count : next?.removed ? next.count : 0;
    const added = part.added ? part.count : next?.added ? next.count : 0;
    if (removed > 0 && added > 0) i += 1;
    const paired = Math.min(removed, added);
    for (let n = 0; n < paired; n += 1) blocks.push(...modifiedBlock(before[oldIndex + n]!, after[newIndex + n]!));
    for (let n = paired; n < removed; n += 1) blocks.push(whole(before[oldIndex + n]!, "delete"));
    for (let n = paired; n < added; n += 1) blocks.push(whole(after[newIndex + n]!, "insert"));
    oldIndex += removed;
    newIndex += added;
  }
  const count = (change: "insert" | "delete") =>
    blocks.reduce((sum, block) => sum + block.segments.filter((s) => s.change === change).reduce((words, s) => words + wordCount(s.text), 0), 0);
  return { blocks, insertedWords: count("insert"), deletedWords: count("delete") };
}
