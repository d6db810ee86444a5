/**
 * PDF export (A4, embedded DejaVu fonts: see pdfFonts.ts for what they cover, right-to-left
 * included). Every page carries the classification marking at its top and bottom and "page X of Y":
 * the pages are kept in memory (bufferPages) and stamped once the total is known.
 */
import PDFDocument from "pdfkit";
import { defaultFont, type FontStyle, pdfText, registerPdfFonts, RTL_LAYOUT, textPieces, writeText } from "./pdfFonts";
import { classificationMarking, labelsFor, metadataRows, pageOf } from "./labels";
import { type Block, blocksToLines, columnCount, type Inline, type Marks, NO_MARKS, readDocument } from "./model";
import type { ExportFile, ExportInput, ExportMeta } from "./types";

export interface PdfOptions {
  /** Compress the content streams (default). Tests turn it off to read the text. */
  compress?: boolean;
}

type Doc = PDFKit.PDFDocument;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 68, bottom: 70, left: 62, right: 62 };
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

const INK = "#1d1d1f";
const HEADING_INK = "#10253f";
const MUTED = "#5f6368";
const LINK = "#0b57d0";
const RULE = "#c4c9cf";
const TINT = "#f3f5f7";
const HEADER_FILL = "#e8ecf1";
const GRID = "#aeb4bb";
const CLASSIFICATION_COLOURS: Record<string, string> = { public: "#1b5e20", internal: "#0d47a1", restricted: "#b71c1c" };

const BODY_SIZE = 10.5;
const HEADING_SIZES = { 1: 15, 2: 13, 3: 11.5 } as const;
const LIST_INDENT = 18;
const LINE_GAP = 2;
/** Nested lists and quotes indent no further than this leaves for the text. */
const MIN_WIDTH = 200;

function fontFor(marks: Pick<Marks, "bold" | "italic" | "code">): FontStyle {
  if (marks.code) return marks.bold ? "mono-bold" : "mono";
  if (marks.bold && marks.italic) return "sans-bold-italic";
  if (marks.bold) return "sans-bold";
  if (marks.italic) return "sans-italic";
  return "sans";
}

interface Style {
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
}

/** Lays the model out on PDFKit pages. */
class Layout {
  /** Index of the page being written (pages are buffered, so earlier ones can still be drawn on). */
  page = -1;
  /** The colour text is currently drawn in, restored on every new page. */
  private fill = INK;

  constructor(
    readonly doc: Doc,
    private readonly markingColour: string,
  ) {
    doc.on("pageAdded", () => {
      this.page++;
      this.decoratePage();
      doc.fillColor(this.fill);
    });
  }

  get bottom(): number {
    return A4.height - MARGIN.bottom;
  }

  private colour(colour: string) {
    this.fill = colour;
    this.doc.fillColor(colour);
  }

  /** The classification rules on a fresh page; their texts are stamped at the end (see stamp). */
  private decoratePage() {
    const doc = this.doc;
    doc.save();
    doc.lineWidth(1.2).strokeColor(this.markingColour);
    doc.moveTo(MARGIN.left, 44).lineTo(A4.width - MARGIN.right, 44).stroke();
    doc.moveTo(MARGIN.left, A4.height - 50).lineTo(A4.width - MARGIN.right, A4.height - 50).stroke();
    doc.restore();
  }

  newPage() {
    this.doc.addPage();
    this.doc.x = MARGIN.left;
    this.doc.y = MARGIN.top;
  }

  /** Starts a new page unless `height` still fits on this one (and this one is not empty). */
  ensure(height: number) {
    if (this.doc.y + height > this.bottom && this.doc.y > MARGIN.top + 1) this.newPage();
  }

  lineHeight(size: number, font: FontStyle = "sans"): number {
    return this.doc.font(font).fontSize(size).currentLineHeight(true) + LINE_GAP;
  }

  /** A paragraph of formatted text at x, wrapping within width, flowing over pages. */
  inlines(inlines: Inline[], x: number, width: number, style: Style) {
    const doc = this.doc;
    type Segment = { text: string; marks: Marks; face: FontStyle; rtl: boolean };
    // Hard breaks cut the paragraph into lines, each laid out as one run of continued text
    // (PDFKit drops a newline at the end of a continued segment).
    const lines: Segment[][] = [[]];
    for (const inline of inlines) {
      if (inline.kind === "break") lines.push([]);
      else {
        // Each piece in a face that has its characters; right-to-left runs whole (see pdfFonts).
        const { marks } = inline;
        const face = fontFor({ bold: marks.bold || !!style.bold, italic: marks.italic || !!style.italic, code: marks.code });
        for (const piece of textPieces(pdfText(inline.text), face)) lines[lines.length - 1]!.push({ ...piece, marks });
      }
    }
    const lineHeight = this.lineHeight(style.size);
    for (const segments of lines) {
      this.ensure(lineHeight);
      if (segments.length === 0) {
        doc.y += lineHeight;
        continue;
      }
      doc.x = x;
      segments.forEach((segment, i) => {
        const { marks } = segment;
        doc.font(segment.face).fontSize(marks.code ? style.size - 0.5 : style.size);
        this.colour(marks.link ? LINK : style.color);
        // Every option is given every time: PDFKit carries unset ones over from the previous segment.
        const options: PDFKit.Mixins.TextOptions = {
          continued: i < segments.length - 1,
          underline: marks.underline || marks.link !== null,
          strike: marks.strike,
          link: marks.link as string,
          lineGap: LINE_GAP,
          // Given every time too: an unset value would be carried over from a right-to-left piece.
          features: segment.rtl ? RTL_LAYOUT : (false as never),
        };
        if (i === 0) doc.text(segment.text, x, doc.y, { ...options, width });
        else doc.text(segment.text, options);
      });
    }
    this.colour(INK);
    doc.x = MARGIN.left;
  }

  blocks(blocks: Block[], x: number, width: number, inList = false) {
    blocks.forEach((block, i) => {
      this.block(block, x, width, inList);
      if (inList && i < blocks.length - 1) this.doc.y += 2;
    });
  }

  block(block: Block, x: number, width: number, inList: boolean) {
    const doc = this.doc;
    switch (block.kind) {
      case "paragraph":
        this.inlines(block.inlines, x, width, { size: BODY_SIZE, color: INK });
        doc.y += inList ? 1 : 6;
        break;
      case "heading": {
        const size = HEADING_SIZES[block.level];
        doc.y += block.level === 1 ? 10 : 8;
        // Keep a heading with at least two lines of what follows.
        this.ensure(this.lineHeight(size, "sans-bold") + 2 * this.lineHeight(BODY_SIZE));
        this.inlines(block.inlines, x, width, { size, color: HEADING_INK, bold: true });
        doc.y += 4;
        break;
      }
      case "list":
        this.list(block, x, width);
        if (!inList) doc.y += 4;
        break;
      case "blockquote": {
        const startPage = this.page;
        const startY = doc.y;
        // Deep nesting stops indenting once the text column would get too narrow to read.
        const indent = width - 14 >= MIN_WIDTH ? 14 : 0;
        this.blocksStyled(block.blocks, x + indent, width - indent);
        const endY = doc.y - 4;
        this.verticalBar(x + 3, startPage, startY, this.page, endY);
        doc.y += 4;
        break;
      }
      case "rule":
        this.ensure(14);
        doc.y += 5;
        doc.save().lineWidth(0.8).strokeColor(RULE).moveTo(x, doc.y).lineTo(x + width, doc.y).stroke().restore();
        doc.y += 10;
        break;
      case "code":
        this.code(block.text, x, width);
        doc.y += 8;
        break;
      case "table":
        this.table(
          block.rows.map((row) => row.map((cell) => ({ text: blocksToLines(cell.blocks).join("\n"), header: cell.header }))),
          columnCount(block.rows),
          x,
          width,
        );
        doc.y += 8;
        break;
    }
  }

  /** Quoted blocks: the same layout in a muted colour. */
  private blocksStyled(blocks: Block[], x: number, width: number) {
    for (const block of blocks) {
      if (block.kind === "paragraph") {
        this.inlines(block.inlines, x, width, { size: BODY_SIZE, color: "#3c4043", italic: true });
        this.doc.y += 6;
      } else this.block(block, x, width, false);
    }
  }

  /** A bar from one place to another, across the pages in between. */
  private verticalBar(x: number, startPage: number, startY: number, endPage: number, endY: number) {
    const doc = this.doc;
    const current = this.page;
    for (let page = startPage; page <= endPage; page++) {
      const from = page === startPage ? startY : MARGIN.top;
      const to = page === endPage ? endY : this.bottom;
      if (to <= from) continue;
      if (page !== current) doc.switchToPage(page);
      doc.save().lineWidth(2.5).strokeColor(RULE).moveTo(x, from).lineTo(x, to).stroke().restore();
    }
    if (startPage !== current) doc.switchToPage(current);
  }

  private list(block: Block & { kind: "list" }, x: number, width: number) {
    const doc = this.doc;
    const lastNumber = String(block.start + block.items.length - 1) + ".";
    const markerWidth = block.list === "ordered" ? Math.max(LIST_INDENT, doc.font("sans").fontSize(BODY_SIZE).widthOfString(lastNumber) + 6) : LIST_INDENT;
    block.items.forEach((item, i) => {
      const lineHeight = this.lineHeight(BODY_SIZE);
      this.ensure(lineHeight);
      const y = doc.y;
      if (block.list === "task") this.checkbox(x + 1, y + 1.5, item.checked === true);
      else {
        const marker = block.list === "ordered" ? `${block.start + i}.` : "•";
        doc.font("sans").fontSize(BODY_SIZE);
        this.colour(INK);
        doc.text(marker, x, y, { lineBreak: false });
        doc.x = MARGIN.left;
        doc.y = y;
      }
      const indent = width - markerWidth >= MIN_WIDTH ? markerWidth : 0;
      if (item.blocks.length === 0) doc.y += lineHeight;
      else {
        const [first, ...rest] = item.blocks;
        if (indent === 0) doc.y += lineHeight;
        if (block.list === "task" && item.checked && first?.kind === "paragraph") {
          this.inlines(first.inlines, x + indent, width - indent, { size: BODY_SIZE, color: MUTED });
          doc.y += 1;
          if (rest.length > 0) this.blocks(rest, x + indent, width - indent, true);
        } else this.blocks(item.blocks, x + indent, width - indent, true);
      }
      doc.y += 2;
    });
  }

  private checkbox(x: number, y: number, checked: boolean) {
    const doc = this.doc;
    const size = 8;
    doc.save().lineWidth(0.8).strokeColor(MUTED).rect(x, y, size, size).stroke();
    if (checked) {
      doc.lineWidth(1.3).strokeColor("#1b5e20").moveTo(x + 1.6, y + 4.2).lineTo(x + 3.4, y + 6.2).lineTo(x + 6.8, y + 1.8).stroke();
    }
    doc.restore();
  }

  private code(text: string, x: number, width: number) {
    const doc = this.doc;
    const pad = 6;
    doc.font("mono").fontSize(9);
    const lines = pdfText(text).split("\n");
    this.ensure(pad * 2 + this.lineHeight(9, "mono"));
    doc.save().fillColor(TINT).rect(x, doc.y, width, pad).fill().restore();
    doc.y += pad;
    for (const line of lines) {
      doc.font("mono").fontSize(9);
      const height = doc.heightOfString(line || " ", { width: width - 2 * pad, lineGap: LINE_GAP });
      this.ensure(height + pad);
      doc.save().fillColor(TINT).rect(x, doc.y, width, height).fill().restore();
      this.colour(INK);
      doc.fontSize(9);
      writeText(doc, line || " ", "mono", x + pad, doc.y, { width: width - 2 * pad, lineGap: LINE_GAP });
    }
    doc.save().fillColor(TINT).rect(x, doc.y, width, pad).fill().restore();
    doc.y += pad;
    doc.x = MARGIN.left;
  }

  /**
   * A grid with fixed, equal column widths (or the given ones). Rows never split; a row that does
   * not fit starts a new page, where the header row is repeated.
   */
  table(
    rows: Array<Array<{ text: string; header: boolean; fill?: string }>>,
    columns: number,
    x: number,
    width: number,
    widths?: number[],
    size = 9.5,
  ) {
    if (columns === 0 || rows.length === 0) return;
    const doc = this.doc;
    const pad = 4;
    const colWidths = widths ?? Array.from({ length: columns }, () => width / columns);
    const padded = rows.map((row) => Array.from({ length: columns }, (_, i) => row[i] ?? { text: "", header: false }));
    const headerRow = padded[0]!.every((cell) => cell.header) ? padded[0]! : null;
    const maxRowHeight = this.bottom - MARGIN.top;

    const measure = (row: typeof padded[number]) =>
      2 * pad +
      Math.max(
        ...row.map((cell, i) => {
          doc.font(cell.header ? "sans-bold" : "sans").fontSize(size);
          return doc.heightOfString(pdfText(cell.text) || " ", { width: colWidths[i]! - 2 * pad, lineGap: 1 });
        }),
      );

    const drawRow = (row: typeof padded[number], height: number) => {
      let cx = x;
      const y = doc.y;
      row.forEach((cell, i) => {
        const w = colWidths[i]!;
        const fill = cell.fill ?? (cell.header ? HEADER_FILL : null);
        if (fill) doc.save().fillColor(fill).rect(cx, y, w, height).fill().restore();
        doc.save().lineWidth(0.6).strokeColor(GRID).rect(cx, y, w, height).stroke().restore();
        doc.fontSize(size);
        this.colour(INK);
        writeText(doc, pdfText(cell.text) || " ", cell.header ? "sans-bold" : "sans", cx + pad, y + pad, { width: w - 2 * pad, height: height - 2 * pad, ellipsis: true, lineGap: 1 });
        cx += w;
      });
      doc.x = MARGIN.left;
      doc.y = y + height;
    };

    padded.forEach((row, index) => {
      const height = measure(row);
      if (height > maxRowHeight) {
        // A row taller than a page cannot be drawn as a row: its cells flow as text instead, so nothing is cut.
        this.ensure(this.lineHeight(size) * 2);
        for (const cell of row) {
          if (cell.text === "") continue;
          doc.save().lineWidth(0.6).strokeColor(GRID).moveTo(x, doc.y).lineTo(x + width, doc.y).stroke().restore();
          doc.y += pad;
          this.inlines([{ kind: "text", text: cell.text, marks: { ...NO_MARKS } }], x + pad, width - 2 * pad, { size, color: INK, bold: cell.header });
          doc.y += pad;
        }
        doc.save().lineWidth(0.6).strokeColor(GRID).moveTo(x, doc.y).lineTo(x + width, doc.y).stroke().restore();
        return;
      }
      if (doc.y + height > this.bottom) {
        this.newPage();
        if (headerRow && index > 0) drawRow(headerRow, measure(headerRow));
      }
      drawRow(row, height);
    });
  }
}

/** Writes the markings and page numbers on every buffered page, now that the count is known. */
function stamp(doc: Doc, marking: string, colour: string, title: string, labels: ReturnType<typeof labelsFor>) {
  const range = doc.bufferedPageRange();
  const markingText = pdfText(marking);
  const footerTitle = pdfText(title);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Text in the margins must not trigger PDFKit's automatic page break.
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc.font("sans-bold").fontSize(8).fillColor(colour);
    // On one line: a long marking (some languages, some classifications) is set a little smaller.
    doc.fontSize(Math.max(6.5, Math.min(8, (8 * CONTENT_WIDTH) / (doc.widthOfString(markingText) + 1))));
    writeText(doc, markingText, "sans-bold", MARGIN.left, 26, { width: CONTENT_WIDTH, align: "center", lineGap: 0 });
    writeText(doc, markingText, "sans-bold", MARGIN.left, A4.height - 45, { width: CONTENT_WIDTH, align: "center", lineGap: 0 });
    doc.font("sans").fontSize(7.5).fillColor(MUTED);
    const page = pdfText(pageOf(labels, i - range.start + 1, range.count));
    const pageWidth = doc.widthOfString(page);
    writeText(doc, page, "sans", A4.width - MARGIN.right - pageWidth, A4.height - 30, { lineBreak: false });
    writeText(doc, footerTitle, "sans", MARGIN.left, A4.height - 30, { width: CONTENT_WIDTH - pageWidth - 16, height: 9, ellipsis: true, lineBreak: false });
    doc.page.margins = margins;
  }
}

export async function exportPdf(input: ExportInput, options: PdfOptions = {}): Promise<ExportFile> {
  const { meta } = input;
  const labels = labelsFor(meta.language);
  const body = await renderPdf(
    {
      title: meta.title,
      language: meta.language,
      classification: meta.classification,
      metadata: metadataRows(meta),
      blocks: readDocument(input.content),
      author: (meta.authors ?? []).join("; "),
      keywords: [labels.classifications[meta.classification], ...(meta.tags ?? []).map((tag) => labels.tagNames[tag] ?? tag)].join("; "),
      createdAt: meta.exportedAt,
    },
    options,
  );
  return { body, contentType: "application/pdf", extension: "pdf" };
}

/** What goes on the pages: a document's export, or another listing such as the decision archive. */
export interface PdfContent {
  title: string;
  /** The language of the marking and the page numbers. */
  language: string;
  classification: string;
  /** Label/value rows in a table under the title. */
  metadata: Array<[label: string, value: string]>;
  blocks: Block[];
  author?: string;
  keywords?: string;
  createdAt?: Date;
}

/** An A4 PDF: title, metadata table, the blocks; the classification and "page X of Y" on every page. */
export function renderPdf(content: PdfContent, options: PdfOptions = {}): Promise<Buffer> {
  const labels = labelsFor(content.language);
  const marking = classificationMarking({ language: content.language as ExportMeta["language"], classification: content.classification as ExportMeta["classification"] });
  const colour = CLASSIFICATION_COLOURS[content.classification] ?? CLASSIFICATION_COLOURS.restricted!;
  const title = String(content.title ?? "").replace(/\s+/g, " ").trim();
  const created = content.createdAt instanceof Date && !Number.isNaN(content.createdAt.getTime()) ? content.createdAt : new Date();

  const doc = new PDFDocument({
    font: defaultFont(),
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    compress: options.compress ?? true,
    lang: labels.locale,
    displayTitle: true,
    info: {
      Title: title,
      Author: content.author ?? "",
      Subject: marking,
      Keywords: content.keywords ?? "",
      Creator: "Greychair",
      Producer: "Greychair",
      CreationDate: created,
      ModDate: created,
    },
  });

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    try {
      registerPdfFonts(doc);
      const layout = new Layout(doc, colour);
      layout.newPage();

      // Title and metadata.
      doc.fontSize(19).fillColor(HEADING_INK);
      writeText(doc, pdfText(title), "sans-bold", MARGIN.left, doc.y, { width: CONTENT_WIDTH, lineGap: 2 });
      doc.y += 10;
      layout.table(
        content.metadata.map(([label, value]) => [
          { text: label, header: true, fill: HEADER_FILL },
          { text: value, header: false },
        ]),
        2,
        MARGIN.left,
        CONTENT_WIDTH,
        [130, CONTENT_WIDTH - 130],
        8.5,
      );
      doc.y += 16;

      layout.blocks(content.blocks, MARGIN.left, CONTENT_WIDTH);
      stamp(doc, marking, colour, title, labels);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}
