/**
 * Markdown export (CommonMark with GFM tables and task lists). Markdown has no pages, so the
 * classification marking stands both at the top and at the bottom of the file.
 */
import { classificationMarking, labelsFor, metadataRows } from "./labels";
import { type Block, columnCount, type Inline, type Marks, readDocument } from "./model";
import type { ExportFile, ExportInput } from "./types";

type MarkName = "link" | "bold" | "italic" | "strike" | "underline" | "code";
/** Outermost first: a link wraps its formatting, code is innermost because nothing formats inside it. */
const MARK_ORDER: MarkName[] = ["link", "bold", "italic", "strike", "underline", "code"];

/** Escapes text so that Markdown reads it literally, wherever it stands in a line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&");
}

/** Escapes what would start a block if it stood at the beginning of a line. */
function escapeLineStart(line: string): string {
  const trimmed = line.replace(/^[ \u00a0]+/, "");
  return trimmed
    .replace(/^([#+=-])/, "\\$1")
    .replace(/^(\d{1,9})([.)])/, "$1\\$2");
}

function markdownHref(href: string): string {
  return href.replace(/[()<>\\ ]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || (text.startsWith(" ") && text.endsWith(" ") && text.trim() !== "") ? " " : "";
  return fence + pad + text + pad + fence;
}

function isOpen(marks: Marks, name: MarkName): boolean {
  return name === "link" ? marks.link !== null : marks[name];
}

const OPEN: Record<Exclude<MarkName, "link" | "code">, string> = { bold: "**", italic: "*", strike: "~~", underline: "<u>" };
const CLOSE: Record<Exclude<MarkName, "link" | "code">, string> = { bold: "**", italic: "*", strike: "~~", underline: "</u>" };

/**
 * Inline content to Markdown. Marks are kept on a stack so that overlapping formatting nests
 * properly, and spaces are kept outside the delimiters (CommonMark ignores "** bold **").
 */
export function renderInlines(inlines: Inline[], options: { inTable?: boolean } = {}): string {
  let out = "";
  const stack: Array<{ name: MarkName; href: string | null }> = [];
  let pendingSpace = "";
  let codeBuffer: string | null = null;

  const closeTo = (depth: number) => {
    while (stack.length > depth) {
      const top = stack.pop()!;
      if (top.name === "code") {
        out += codeSpan(codeBuffer ?? "");
        codeBuffer = null;
      } else if (top.name === "link") out += `](${markdownHref(top.href ?? "")})`;
      else out += CLOSE[top.name];
    }
  };

  for (const inline of inlines) {
    if (inline.kind === "break") {
      closeTo(0);
      out += pendingSpace + (options.inTable ? "<br>" : "\\\n");
      pendingSpace = "";
      continue;
    }
    const wanted = MARK_ORDER.filter((name) => isOpen(inline.marks, name));
    // Keep the open marks that are still wanted, in order; close from the first that differs.
    let keep = 0;
    while (
      keep < stack.length &&
      keep < wanted.length &&
      stack[keep]!.name === wanted[keep] &&
      (wanted[keep] !== "link" || stack[keep]!.href === inline.marks.link)
    ) {
      keep++;
    }
    const text = inline.text;
    if (inline.marks.code) {
      // Inside code, spaces are content.
      closeTo(keep);
      out += pendingSpace;
      pendingSpace = "";
      for (const name of wanted.slice(keep)) open(name, inline.marks.link);
      codeBuffer = (codeBuffer ?? "") + text;
      continue;
    }
    const leading = /^[ \u00a0]*/.exec(text)![0];
    const trailing = text.length > leading.length ? /[ \u00a0]*$/.exec(text)![0] : "";
    const core = text.slice(leading.length, text.length - trailing.length);
    if (core === "") {
      pendingSpace += text;
      continue;
    }
    closeTo(keep);
    out += pendingSpace + leading;
    pendingSpace = "";
    for (const name of wanted.slice(keep)) open(name, inline.marks.link);
    out += escapeMarkdown(core);
    pendingSpace = trailing;
  }
  closeTo(0);
  out += pendingSpace;
  return out
    .split("\n")
    .map((line) => escapeLineStart(line).replace(/[ \u00a0]+$/, ""))
    .join("\n");

  function open(name: MarkName, href: string | null) {
    stack.push({ name, href: name === "link" ? href : null });
    if (name === "link") out += "[";
    else if (name === "code") codeBuffer = "";
    else out += OPEN[name];
  }
}

/** A table cell's content on one line. */
function renderCell(blocks: Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph" || block.kind === "heading") parts.push(renderInlines(block.inlines, { inTable: true }));
    else parts.push(renderBlocks([block]).join(" ").replace(/\|/g, "\\|"));
  }
  const text = parts.filter((part) => part !== "").join("<br>");
  return text === "" ? " " : text;
}

function renderTable(rows: Block & { kind: "table" }): string[] {
  const columns = columnCount(rows.rows);
  if (columns === 0) return [];
  const cells = rows.rows.map((row) => Array.from({ length: columns }, (_, i) => (row[i] ? renderCell(row[i]!.blocks) : " ")));
  // GFM needs a header row: the first row serves, whether or not it was marked as one.
  const line = (row: string[]) => `| ${row.join(" | ")} |`;
  const [head, ...body] = cells;
  return [line(head!), `|${Array.from({ length: columns }, () => " --- ").join("|")}|`, ...body.map(line)];
}

function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/^`{3,}/gm) ?? []).map((run) => run.length));
  return "`".repeat(longest + 1);
}

/** Blocks to lines; blocks are separated by one empty line, except inside tight lists. */
export function renderBlocks(blocks: Block[], headingOffset = 1): string[] {
  const out: string[] = [];
  blocks.forEach((block, index) => {
    if (index > 0) out.push("");
    const previous = blocks[index - 1];
    if (block.kind === "list" && previous?.kind === "list" && (block.list === "ordered") === (previous.list === "ordered")) {
      // Two lists of the same marker in a row would merge into one; a comment keeps them apart.
      out.push("<!-- -->", "");
    }
    switch (block.kind) {
      case "paragraph": {
        const text = renderInlines(block.inlines);
        // An empty paragraph is the author's spacing; Markdown has none, so it becomes nothing.
        if (text === "") out.pop();
        else out.push(...text.split("\n"));
        break;
      }
      case "heading": {
        const text = renderInlines(block.inlines).replace(/\\\n/g, " ").replace(/#$/, "\\#");
        out.push(`${"#".repeat(Math.min(6, block.level + headingOffset))} ${text}`.trimEnd());
        break;
      }
      case "list": {
        const tight = block.items.every((item) => item.blocks.length <= 1 || (item.blocks.length === 2 && item.blocks[1]!.kind === "list"));
        block.items.forEach((item, i) => {
          if (i > 0 && !tight) out.push("");
          const marker =
            block.list === "ordered" ? `${block.start + i}. ` : block.list === "task" ? (item.checked ? "- [x] " : "- [ ] ") : "- ";
          const indent = " ".repeat(block.list === "ordered" ? marker.length : 2);
          const inner = renderItemBlocks(item.blocks, headingOffset, tight);
          if (inner.length === 0) out.push(marker.trimEnd());
          inner.forEach((line, j) => out.push(j === 0 ? marker + line : line === "" ? "" : indent + line));
        });
        break;
      }
      case "blockquote": {
        const inner = renderBlocks(block.blocks, headingOffset);
        out.push(...(inner.length === 0 ? [">"] : inner.map((line) => (line === "" ? ">" : `> ${line}`))));
        break;
      }
      case "rule":
        out.push("---");
        break;
      case "code": {
        const marks = fence(block.text);
        out.push(marks + (block.language ?? ""), ...block.text.split("\n"), marks);
        break;
      }
      case "table": {
        const table = renderTable(block);
        if (table.length === 0) out.pop();
        else out.push(...table);
        break;
      }
    }
  });
  return out;
}

function renderItemBlocks(blocks: Block[], headingOffset: number, tight: boolean): string[] {
  if (!tight) return renderBlocks(blocks, headingOffset);
  // In a tight list a nested list follows its paragraph without an empty line.
  const out: string[] = [];
  blocks.forEach((block) => out.push(...renderBlocks([block], headingOffset)));
  return out;
}

/** The whole Markdown file as a string. */
export function renderMarkdown(input: ExportInput): string {
  const { meta } = input;
  const labels = labelsFor(meta.language);
  const marking = `**${escapeMarkdown(classificationMarking(meta))}**`;
  const title = renderInlines([{ kind: "text", text: String(meta.title ?? "").replace(/\s+/g, " ").trim(), marks: { bold: false, italic: false, underline: false, strike: false, code: false, link: null } }]);
  const lines: string[] = [
    marking,
    "",
    `# ${title}`.trimEnd(),
    "",
    `| ${escapeMarkdown(labels.metadata)} | |`,
    "| --- | --- |",
    ...metadataRows(meta).map(([label, value]) => `| ${escapeMarkdown(label)} | ${escapeMarkdown(value.replace(/\s+/g, " "))} |`),
    "",
    "---",
    "",
  ];
  const body = renderBlocks(readDocument(input.content));
  if (body.length > 0) lines.push(...body, "", "---", "");
  lines.push(marking, "");
  return lines.join("\n");
}

export function exportMarkdown(input: ExportInput): ExportFile {
  return { body: Buffer.from(renderMarkdown(input), "utf8"), contentType: "text/markdown; charset=utf-8", extension: "md" };
}
