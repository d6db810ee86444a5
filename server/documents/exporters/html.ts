/**
 * Standalone HTML5 export, sanitised by construction: the page is built element by element from
 * the checked model, every text and attribute is escaped, no markup from the document passes
 * through, links are limited to http, https and mailto, and a Content-Security-Policy forbids
 * anything active. Printing it (Chromium) repeats the classification marking at the top and
 * bottom of every page.
 */
import { classificationMarking, labelsFor, metadataRows } from "./labels";
import { type Block, columnCount, groupByLink, type Inline, readDocument } from "./model";
import type { ExportFile, ExportInput } from "./types";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and double-quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A CSS string literal that nothing inside can end early (nor the <style> element around it). */
function cssString(value: string): string {
  return `"${value.replace(/[^A-Za-z0-9 ,.;:()\u00a0-\uffff-]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

const CLASSIFICATION_COLOURS: Record<string, string> = { public: "#1b5e20", internal: "#0d47a1", restricted: "#b71c1c" };

function renderInlines(inlines: Inline[]): string {
  return groupByLink(inlines)
    .map((group) => {
      const inner = group.inlines
        .map((inline) => {
          if (inline.kind === "break") return "<br>";
          let html = escapeHtml(inline.text);
          if (inline.marks.code) html = `<code>${html}</code>`;
          if (inline.marks.underline) html = `<u>${html}</u>`;
          if (inline.marks.strike) html = `<s>${html}</s>`;
          if (inline.marks.italic) html = `<em>${html}</em>`;
          if (inline.marks.bold) html = `<strong>${html}</strong>`;
          return html;
        })
        .join("");
      return group.link ? `<a href="${escapeHtml(group.link)}" rel="noopener noreferrer">${inner}</a>` : inner;
    })
    .join("");
}

function renderBlocks(blocks: Block[], indent: string): string {
  return blocks.map((block) => renderBlock(block, indent)).join("\n");
}

function renderBlock(block: Block, indent: string): string {
  const deeper = indent + "  ";
  switch (block.kind) {
    case "paragraph":
      return `${indent}<p>${renderInlines(block.inlines)}</p>`;
    case "heading": {
      // The title is the page's h1, so the body's headings start at h2.
      const tag = `h${block.level + 1}`;
      return `${indent}<${tag}>${renderInlines(block.inlines)}</${tag}>`;
    }
    case "list": {
      const items = block.items.map((item) => {
        const content = renderBlocks(item.blocks, deeper + "  ");
        if (block.list === "task") {
          const box = `<span class="task-box" aria-hidden="true">${item.checked ? "&#9745;" : "&#9744;"}</span>`;
          return `${deeper}<li class="task-item${item.checked ? " done" : ""}" data-checked="${item.checked ? "true" : "false"}">${box}<div class="task-content">\n${content}\n${deeper}</div></li>`;
        }
        return `${deeper}<li>\n${content}\n${deeper}</li>`;
      });
      const open = block.list === "ordered" ? (block.start !== 1 ? `<ol start="${block.start}">` : "<ol>") : block.list === "task" ? `<ul class="task-list">` : "<ul>";
      return `${indent}${open}\n${items.join("\n")}\n${indent}</${block.list === "ordered" ? "ol" : "ul"}>`;
    }
    case "blockquote":
      return `${indent}<blockquote>\n${renderBlocks(block.blocks, deeper)}\n${indent}</blockquote>`;
    case "rule":
      return `${indent}<hr>`;
    case "code": {
      const language = block.language ? ` class="language-${escapeHtml(block.language.toLowerCase())}"` : "";
      return `${indent}<pre><code${language}>${escapeHtml(block.text)}</code></pre>`;
    }
    case "table": {
      const columns = columnCount(block.rows);
      if (columns === 0) return "";
      const row = (cells: Block[][], header: boolean[]) =>
        `${deeper}  <tr>${cells
          .map((blocks, i) => {
            const tag = header[i] ? "th" : "td";
            return `<${tag}${header[i] ? ' scope="col"' : ""}>${renderCell(blocks)}</${tag}>`;
          })
          .join("")}</tr>`;
      const padded = block.rows.map((cells) => Array.from({ length: columns }, (_, i) => cells[i] ?? { header: false, blocks: [] }));
      const [first, ...rest] = padded;
      const headerRow = first!.every((cell) => cell.header);
      const body = headerRow ? rest : padded;
      const parts = [`${indent}<div class="table-wrap"><table>`];
      if (headerRow) parts.push(`${deeper}<thead>`, row(first!.map((cell) => cell.blocks), first!.map(() => true)), `${deeper}</thead>`);
      if (body.length > 0) {
        parts.push(`${deeper}<tbody>`, ...body.map((cells) => row(cells.map((cell) => cell.blocks), cells.map((cell) => cell.header))), `${deeper}</tbody>`);
      }
      parts.push(`${indent}</table></div>`);
      return parts.join("\n");
    }
  }
}

/** A cell that holds one paragraph is written without the <p>, as editors and readers expect. */
function renderCell(blocks: Block[]): string {
  if (blocks.length === 1 && blocks[0]!.kind === "paragraph") return renderInlines(blocks[0]!.inlines);
  return renderBlocks(blocks, "");
}

function stylesheet(classification: string, pageLabel: string): string {
  const colour = CLASSIFICATION_COLOURS[classification] ?? CLASSIFICATION_COLOURS.restricted!;
  // The page counter text comes from our own labels; cssString escapes it all the same.
  const [before, middle, after] = pageLabel.split(/\{page\}|\{pages\}/);
  const counter = `${cssString(before ?? "")} counter(page) ${cssString(middle ?? "")} counter(pages) ${cssString(after ?? "")}`;
  return `
:root { --marking: ${colour}; --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d4d9; --tint: #f3f5f7; }
* { box-sizing: border-box; }
html { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.5; color: var(--ink); background: #fff; }
body { margin: 0; }
.marking { color: var(--marking); font-weight: 700; font-size: 8.5pt; letter-spacing: 0.02em; text-align: center; padding: 6px 12px; background: #fff; }
.marking-top { border-bottom: 2px solid var(--marking); }
.marking-bottom { border-top: 2px solid var(--marking); }
.page { width: 100%; border-collapse: collapse; border: 0; }
.page > thead > tr > td, .page > tfoot > tr > td, .page > tbody > tr > td { padding: 0; border: 0; }
.space-top, .space-bottom { display: none; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 2rem; }
h1.title { font-size: 20pt; line-height: 1.2; margin: 0.5rem 0 1rem; color: #10253f; }
h2, h3, h4 { color: #10253f; line-height: 1.25; margin: 1.4em 0 0.4em; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 15pt; } h3 { font-size: 12.5pt; } h4 { font-size: 11pt; }
p { margin: 0 0 0.6em; orphans: 3; widows: 3; }
a { color: #0b57d0; text-decoration: underline; }
code { font-family: "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; font-size: 0.92em; background: var(--tint); padding: 0 0.2em; border-radius: 3px; }
pre { background: var(--tint); border: 1px solid var(--rule); border-radius: 4px; padding: 0.6em 0.8em; white-space: pre-wrap; overflow-wrap: anywhere; }
pre code { background: none; padding: 0; }
blockquote { margin: 0.8em 0; padding: 0.1em 1em; border-left: 4px solid var(--rule); color: #3c4043; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 1.2em 0; }
ul, ol { margin: 0 0 0.6em; padding-left: 1.6em; }
li > p { margin: 0 0 0.2em; }
ul.task-list { list-style: none; padding-left: 0.2em; }
li.task-item { display: flex; gap: 0.45em; align-items: baseline; }
.task-box { font-size: 1.05em; line-height: 1; }
li.task-item.done .task-content { color: var(--muted); }
.table-wrap { overflow-x: auto; margin: 0.6em 0 1em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #aeb4bb; padding: 0.35em 0.55em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #e8ecf1; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
table.metadata { width: auto; min-width: 60%; font-size: 9.5pt; margin: 0 0 1.5rem; }
table.metadata th { width: 11rem; font-weight: 600; }
table.metadata caption { text-align: left; font-weight: 600; color: var(--muted); padding-bottom: 0.3em; }
@media screen {
  .marking-top { position: sticky; top: 0; z-index: 1; }
}
@page {
  size: A4;
  margin: 12mm 16mm 12mm;
  @bottom-right { content: ${counter}; font-family: Arial, sans-serif; font-size: 8pt; color: #5f6368; }
}
@media print {
  html { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .marking { position: fixed; left: 0; right: 0; }
  .marking-top { top: 0; }
  .marking-bottom { bottom: 0; }
  /* The frame's header and footer rows repeat on every page and keep the body clear of the markings. */
  .space-top, .space-bottom { display: block; height: 14mm; }
  .table-wrap { overflow: visible; }
  a { color: inherit; }
}
`;
}

/** The whole HTML page as a string. */
export function renderHtml(input: ExportInput): string {
  const { meta } = input;
  const labels = labelsFor(meta.language);
  const marking = escapeHtml(classificationMarking(meta));
  const title = escapeHtml(String(meta.title ?? "").replace(/\s+/g, " ").trim());
  const lang = ["nl", "fr", "en"].includes(meta.language) ? meta.language : "en";
  const classification = ["public", "internal", "restricted"].includes(meta.classification) ? meta.classification : "restricted";
  const metadata = metadataRows(meta)
    .map(([label, value]) => `        <tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="classification" content="${marking}">
<title>${title}</title>
<style>${stylesheet(classification, labels.pageOf)}</style>
</head>
<body class="classification-${classification}">
<header class="marking marking-top" role="note">${marking}</header>
<table class="page" role="presentation">
<thead><tr><td><div class="space-top"></div></td></tr></thead>
<tfoot><tr><td><div class="space-bottom"></div></td></tr></tfoot>
<tbody><tr><td>
<main>
  <h1 class="title">${title}</h1>
  <table class="metadata">
    <caption>${escapeHtml(labels.metadata)}</caption>
    <tbody>
${metadata}
    </tbody>
  </table>
  <article class="body">
${renderBlocks(readDocument(input.content), "    ")}
  </article>
</main>
</td></tr></tbody>
</table>
<footer class="marking marking-bottom" role="note">${marking}</footer>
</body>
</html>
`;
}

export function exportHtml(input: ExportInput): ExportFile {
  return { body: Buffer.from(renderHtml(input), "utf8"), contentType: "text/html; charset=utf-8", extension: "html" };
}

