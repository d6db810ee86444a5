/**
 * DOCX export (Word, LibreOffice). The classification marking is in the header and the footer of
 * the section, so Word repeats it on every page; the footer also numbers the pages.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  type NumberingDefinition,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { classificationMarking, formatDateTime, labelsFor, metadataRows, pageOfParts } from "./labels";
import { type Block, columnCount, groupByLink, type Inline, readDocument } from "./model";
import type { ExportFile, ExportInput, ExportMeta } from "./types";

const FONT = "Calibri";
const MONO = "Consolas";
const INK = "1D1D1F";
const HEADING_INK = "10253F";
const MUTED = "5F6368";
const CLASSIFICATION_COLOURS: Record<string, string> = { public: "1B5E20", internal: "0D47A1", restricted: "B71C1C" };

/** A4 in twentieths of a point, 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Indentation per list level. */
const LIST_INDENT = 360;

const GRID = { style: BorderStyle.SINGLE, size: 4, color: "AEB4BB" } as const;
const TABLE_BORDERS = { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID };

const BULLETS = ["\u2022", "\u25E6", "\u25AA"];

function bulletDefinition(): NumberingDefinition {
  return {
    reference: "bullets",
    levels: Array.from({ length: 9 }, (_, level) => ({
      level,
      format: LevelFormat.BULLET,
      text: BULLETS[level % BULLETS.length]!,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT } } },
    })),
  };
}

/** One definition per start number, so "start at 4" survives; each list is its own instance. */
function orderedDefinition(start: number): NumberingDefinition {
  return {
    reference: `ordered-${start}`,
    levels: Array.from({ length: 9 }, (_, level) => ({
      level,
      // Decimal at every depth, as the editor and the HTML export show nested ordered lists.
      format: LevelFormat.DECIMAL,
      text: `%${level + 1}.`,
      start,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT } } },
    })),
  };
}

interface Context {
  /** List nesting depth (0 outside lists). */
  depth: number;
  quote: boolean;
  /** Text is bold whatever its marks (table header cells). */
  strong: boolean;
  /** Inside a table cell: tighter paragraph spacing. */
  compact: boolean;
  /** Counter for list instances, so every list numbers from its own start. */
  lists: { next: number };
}

function runs(inlines: Inline[], ctx: Context): ParagraphChild[] {
  return groupByLink(inlines).flatMap((group): ParagraphChild[] => {
    const children = group.inlines.map((inline) => {
      if (inline.kind === "break") return new TextRun({ break: 1 });
      const { marks } = inline;
      return new TextRun({
        text: inline.text,
        // Only what is set: an explicit "not bold" would override the heading styles.
        ...(marks.bold || ctx.strong ? { bold: true } : {}),
        ...(marks.italic ? { italics: true } : {}),
        ...(marks.strike ? { strike: true } : {}),
        ...(marks.underline ? { underline: {} } : {}),
        ...(marks.code ? { font: MONO, shading: { type: ShadingType.CLEAR, fill: "F3F5F7", color: "auto" } } : {}),
        ...(group.link ? { style: "Hyperlink" } : {}),
      });
    });
    return group.link ? [new ExternalHyperlink({ link: group.link, children })] : children;
  });
}

function quoteProps(ctx: Context) {
  return ctx.quote
    ? {
        indent: { left: LIST_INDENT * (ctx.depth + 1) },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: "C4C9CF", space: 10 } },
      }
    : {};
}

function renderBlocks(blocks: Block[], ctx: Context): Array<Paragraph | Table> {
  return blocks.flatMap((block) => renderBlock(block, ctx));
}

function renderBlock(block: Block, ctx: Context): Array<Paragraph | Table> {
  switch (block.kind) {
    case "paragraph":
      return [
        new Paragraph({
          children: runs(block.inlines, ctx),
          ...(ctx.compact ? { spacing: { after: 40 } } : {}),
          ...(ctx.depth > 0 && !ctx.quote ? { indent: { left: LIST_INDENT * ctx.depth } } : {}),
          ...quoteProps(ctx),
          ...(ctx.quote ? { run: { color: "3C4043" } } : {}),
        }),
      ];
    case "heading": {
      const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][block.level - 1]!;
      return [new Paragraph({ heading, children: runs(block.inlines, ctx), ...quoteProps(ctx) })];
    }
    case "list": {
      const instance = ++ctx.lists.next;
      const level = Math.min(ctx.depth, 8);
      const out: Array<Paragraph | Table> = [];
      for (const item of block.items) {
        const inner: Context = { ...ctx, depth: ctx.depth + 1 };
        const [first, ...rest] = item.blocks;
        const firstInlines = first && (first.kind === "paragraph" || first.kind === "heading") ? first.inlines : null;
        const children = firstInlines ? runs(firstInlines, ctx) : [];
        if (block.list === "task") {
          // Word has no checkbox list: a box character in front, in a font that has it.
          children.unshift(new TextRun({ text: item.checked ? "\u2611 " : "\u2610 ", font: "Segoe UI Symbol" }));
          out.push(
            new Paragraph({
              children,
              indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT },
              ...(item.checked ? { run: { color: MUTED } } : {}),
            }),
          );
        } else {
          out.push(
            new Paragraph({
              children,
              numbering:
                block.list === "ordered"
                  ? { reference: orderedDefinition(block.start), level, instance }
                  : { reference: "bullets", level, instance },
            }),
          );
        }
        out.push(...renderBlocks(firstInlines ? rest : item.blocks, inner));
      }
      return out;
    }
    case "blockquote":
      return renderBlocks(block.blocks, { ...ctx, quote: true });
    case "rule":
      return [new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "C4C9CF", space: 1 } } })];
    case "code": {
      const lines = block.text.split("\n");
      return [
        new Paragraph({
          children: lines.map((line, i) => new TextRun({ text: line, font: MONO, size: 18, ...(i > 0 ? { break: 1 } : {}) })),
          shading: { type: ShadingType.CLEAR, fill: "F3F5F7", color: "auto" },
          border: { top: GRID, bottom: GRID, left: GRID, right: GRID },
          spacing: { before: 120, after: 120 },
          indent: { left: LIST_INDENT * ctx.depth },
        }),
      ];
    }
    case "table": {
      const columns = columnCount(block.rows);
      if (columns === 0) return [];
      const width = Math.floor((CONTENT_WIDTH - LIST_INDENT * ctx.depth) / columns);
      const rows = block.rows.map((cells) => {
        const padded = Array.from({ length: columns }, (_, i) => cells[i] ?? { header: false, blocks: [] });
        const headerRow = padded.every((cell) => cell.header);
        return new TableRow({
          tableHeader: headerRow,
          cantSplit: true,
          children: padded.map((cell) => {
            const content = renderBlocks(cell.blocks, { ...ctx, depth: 0, quote: false, strong: cell.header, compact: true });
            return new TableCell({
              children: content.length > 0 ? content : [new Paragraph({ children: [] })],
              width: { size: width, type: WidthType.DXA },
              margins: { top: 60, bottom: 60, left: 100, right: 100 },
              ...(cell.header ? { shading: { type: ShadingType.CLEAR, fill: "E8ECF1", color: "auto" } } : {}),
            });
          }),
        });
      });
      return [
        new Table({
          rows,
          columnWidths: Array.from({ length: columns }, () => width),
          width: { size: width * columns, type: WidthType.DXA },
          layout: TableLayoutType.FIXED,
          borders: TABLE_BORDERS,
          ...(ctx.depth > 0 ? { indent: { size: LIST_INDENT * ctx.depth, type: WidthType.DXA } } : {}),
        }),
        new Paragraph({ children: [], spacing: { after: 0 } }),
      ];
    }
  }
}

function metadataTable(meta: ExportMeta): Table {
  const labelWidth = 2600;
  const rows = metadataRows(meta).map(
    ([label, value]) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: labelWidth, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, fill: "E8ECF1", color: "auto" },
            margins: { top: 40, bottom: 40, left: 100, right: 100 },
            children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: label, bold: true, size: 19 })] })],
          }),
          new TableCell({
            width: { size: CONTENT_WIDTH - labelWidth, type: WidthType.DXA },
            margins: { top: 40, bottom: 40, left: 100, right: 100 },
            children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: value, size: 19 })] })],
          }),
        ],
      }),
  );
  return new Table({
    rows,
    columnWidths: [labelWidth, CONTENT_WIDTH - labelWidth],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
  });
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

function w3cdtf(date: Date): string {
  const valid = date instanceof Date && !Number.isNaN(date.getTime()) ? date : new Date(0);
  return valid.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * docProps/core.xml written here rather than by the library, which stamps the time of packing:
 * the file is created (and last modified) at the moment of export; the document's own last change is
 * in the metadata table.
 */
function coreProperties(meta: ExportMeta, title: string): string {
  const labels = labelsFor(meta.language);
  const element = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : "");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    element("dc:title", title) +
    element("dc:subject", classificationMarking(meta)) +
    element("dc:creator", (meta.authors ?? []).join("; ")) +
    element("cp:keywords", (meta.tags ?? []).map((tag) => labels.tagNames[tag] ?? tag).join("; ")) +
    element("dc:description", `${labels.exportedBy}: ${meta.exportedBy ?? ""} (${formatDateTime(meta.exportedAt, labels)})`) +
    element("cp:lastModifiedBy", String(meta.exportedBy ?? "")) +
    element("dc:language", labels.locale) +
    element("cp:category", labels.classifications[meta.classification] ?? "") +
    element("cp:contentStatus", labels.statuses[meta.status] ?? "") +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(meta.exportedAt)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(meta.exportedAt)}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
}

/** Builds the Word document; exposed for tests that want to look inside before packing. */
export function buildDocx(input: ExportInput): Document {
  const { meta } = input;
  const labels = labelsFor(meta.language);
  const marking = classificationMarking(meta);
  const colour = CLASSIFICATION_COLOURS[meta.classification] ?? CLASSIFICATION_COLOURS.restricted!;
  const title = String(meta.title ?? "").replace(/\s+/g, " ").trim();
  const markingRun = () => new TextRun({ text: marking, bold: true, color: colour, size: 16 });
  const pageNumber = pageOfParts(labels).map((part) =>
    typeof part === "string"
      ? new TextRun({ text: part, size: 16, color: MUTED })
      : new TextRun({ children: [part.field === "page" ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES], size: 16, color: MUTED }),
  );
  const markingBorder = { style: BorderStyle.SINGLE, size: 12, color: colour, space: 4 };

  const body = renderBlocks(readDocument(input.content), { depth: 0, quote: false, strong: false, compact: false, lists: { next: 0 } });

  return new Document({
    title,
    subject: marking,
    creator: (meta.authors ?? []).join("; "),
    keywords: (meta.tags ?? []).join("; "),
    lastModifiedBy: String(meta.exportedBy ?? ""),
    description: `${labels.classification}: ${labels.classifications[meta.classification] ?? ""}`,
    customProperties: [
      { name: "Classification", value: meta.classification },
      { name: "ClassificationMarking", value: marking },
      { name: "Status", value: meta.status },
    ],
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, color: INK, language: { value: labels.locale } },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font: FONT, size: 40, bold: true, color: HEADING_INK }, paragraph: { spacing: { after: 240 } } },
        heading1: { run: { font: FONT, size: 30, bold: true, color: HEADING_INK }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 26, bold: true, color: HEADING_INK }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true } },
        heading3: { run: { font: FONT, size: 23, bold: true, color: HEADING_INK }, paragraph: { spacing: { before: 220, after: 80 }, keepNext: true } },
      },
    },
    numbering: { config: [bulletDefinition()] },
    features: { updateFields: false },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin + 200, bottom: PAGE.margin + 200, left: PAGE.margin, right: PAGE.margin, header: 500, footer: 500 },
          },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, border: { bottom: markingBorder }, spacing: { after: 0 }, children: [markingRun()] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, border: { top: markingBorder }, spacing: { after: 40 }, children: [markingRun()] }),
              new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: pageNumber }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
          metadataTable(meta),
          new Paragraph({ children: [], spacing: { after: 120 } }),
          ...body,
        ],
      },
    ],
  });
}

export async function exportDocx(input: ExportInput): Promise<ExportFile> {
  const title = String(input.meta.title ?? "").replace(/\s+/g, " ").trim();
  const body = await Packer.toBuffer(buildDocx(input), false, [{ path: "docProps/core.xml", data: coreProperties(input.meta, title) }]);
  return { body, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" };
}
