/**
 * The fonts of every Greychair PDF (documents, minutes, the decision archive): DejaVu Sans and
 * DejaVu Sans Mono from the `dejavu-fonts-ttf` package (Bitstream Vera licence plus public-domain
 * changes: free to embed and redistribute). PDFKit embeds only the glyphs used (a subset) with a
 * ToUnicode map, so the text can be searched and copied.
 *
 * Coverage: Latin (all of Europe: ș ț ł ő ğ …), Greek, Cyrillic, Armenian, Georgian, Hebrew and
 * Arabic in upright sans; the oblique and mono faces lack Arabic (mono also Hebrew), so a run of
 * characters a face lacks is drawn in the nearest face that has them (oblique → upright). A
 * character no face has (CJK, emoji) is drawn as U+FFFD "�" rather than as an empty box.
 *
 * Right-to-left: a run of Arabic or Hebrew words is laid out as one piece, so fontkit (under PDFKit)
 * shapes it (joining forms, lam-alef) and puts its glyphs and words in right-to-left order, also
 * across the line breaks of a wrapped run. Not supported: a paragraph whose base direction is
 * right-to-left (it is laid out left-to-right, with its Arabic runs right-to-left inside it), and
 * mirroring of brackets inside Arabic runs (brackets end a run instead).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as fontkit from "fontkit";

export const FONT_STYLES = ["sans", "sans-bold", "sans-italic", "sans-bold-italic", "mono", "mono-bold"] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

const FILES: Record<FontStyle, string> = {
  sans: "DejaVuSans.ttf",
  "sans-bold": "DejaVuSans-Bold.ttf",
  "sans-italic": "DejaVuSans-Oblique.ttf",
  "sans-bold-italic": "DejaVuSans-BoldOblique.ttf",
  mono: "DejaVuSansMono.ttf",
  "mono-bold": "DejaVuSansMono-Bold.ttf",
};

/** Where to look when a face lacks a character: the same weight upright, then the regular sans. */
const FALLBACKS: Record<FontStyle, FontStyle[]> = {
  sans: [],
  "sans-bold": ["sans"],
  "sans-italic": ["sans"],
  "sans-bold-italic": ["sans-bold", "sans"],
  mono: ["sans"],
  "mono-bold": ["sans-bold", "sans"],
};

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");

/**
 * Parsed once per process and shared by every document: parsing the font tables is most of the
 * cost of a PDF otherwise. PDFKit takes a fontkit font as a font source; each document still
 * makes its own subset of it.
 */
const loaded = new Map<FontStyle, fontkit.Font>();

function load(style: FontStyle): fontkit.Font {
  let font = loaded.get(style);
  if (!font) {
    font = fontkit.create(readFileSync(path.join(fontDir, FILES[style]))) as fontkit.Font;
    loaded.set(style, font);
  }
  return font;
}

/** Registers the faces under their style names, and selects the regular sans. */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  for (const style of FONT_STYLES) doc.registerFont(style, load(style) as never);
  doc.font("sans");
}

/** For PDFDocument's `font` option, so PDFKit never loads its built-in Helvetica. */
export const defaultFont = () => load("sans") as never;

const has = (style: FontStyle, char: string) => load(style).hasGlyphForCodePoint(char.codePointAt(0)!);

/** Invisible or layout-only characters that would otherwise be drawn as a glyph or a box. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[^\P{Cc}\n]/gu;

/** Text ready for the fonts: NFC, tabs as spaces, invisible controls removed, uncovered characters as "�". */
export function pdfText(text: string): string {
  return [...text.normalize("NFC").replace(/\t/g, "    ").replace(INVISIBLE, "")]
    .map((char) => (char === "\n" || /\p{M}/u.test(char) || has("sans", char) || has("sans-bold", char) || has("mono", char) ? char : "\ufffd"))
    .join("");
}

/** The face that draws this character in the wanted style: the style itself, or its nearest fallback. */
function faceFor(style: FontStyle, char: string): FontStyle {
  if (char === " " || /\p{M}/u.test(char) || has(style, char)) return style;
  return FALLBACKS[style].find((candidate) => has(candidate, char)) ?? style;
}

/** One face for all of the text: the style if it has every character, else the first fallback that does. */
export function faceForAll(style: FontStyle, text: string): FontStyle {
  const chars = [...text].filter((char) => char !== "\n");
  return [style, ...FALLBACKS[style]].find((candidate) => chars.every((char) => faceFor(candidate, char) === candidate)) ?? style;
}

/** Letters of right-to-left scripts; digits are left-to-right even there, so they end a run. */
const RTL_LETTER = String.raw`(?:(?!\p{Nd})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}])`;
/** Right-to-left letters (with their marks), and the spaces and simple punctuation between them. */
const RTL_RUN = new RegExp(String.raw`${RTL_LETTER}(?:${RTL_LETTER}|\p{M}|[ \u00a0.,:;!?'"\-\u060c\u061b\u061f]+(?=${RTL_LETTER}))*`, "gu");

export interface TextPiece {
  text: string;
  face: FontStyle;
  rtl: boolean;
}

/** Splits text into pieces of one face and one direction, in logical order. */
export function textPieces(text: string, style: FontStyle): TextPiece[] {
  const pieces: TextPiece[] = [];
  const push = (chunk: string, rtl: boolean) => {
    for (const char of chunk) {
      const face = faceFor(style, char);
      const last = pieces.at(-1);
      if (last && last.face === face && last.rtl === rtl) last.text += char;
      else pieces.push({ text: char, face, rtl });
    }
  };
  let at = 0;
  for (const match of text.matchAll(RTL_RUN)) {
    push(text.slice(at, match.index), false);
    // A run is one piece (one face: the first that has all of it), so it is shaped as a whole.
    pieces.push({ text: match[0], face: faceForAll(style, match[0]), rtl: true });
    at = match.index + match[0].length;
  }
  push(text.slice(at), false);
  return pieces;
}

/**
 * Given to a right-to-left piece: with any `features` PDFKit lays the piece out as one run (not
 * word by word), which is what lets fontkit order its words right-to-left.
 */
export const RTL_LAYOUT: PDFKit.Mixins.TextOptions["features"] = ["rlig"];

/**
 * Like doc.text(text, x, y, options), drawn piece by piece (see textPieces). Options that cut text
 * off (height, ellipsis) only work on a single run, so they apply when the text is one piece.
 */
export function writeText(doc: PDFKit.PDFDocument, text: string, style: FontStyle, x: number, y: number, options: PDFKit.Mixins.TextOptions): void {
  const pieces = textPieces(text, style);
  if (pieces.length <= 1) {
    const piece = pieces[0];
    doc.font(piece?.face ?? style).text(text, x, y, piece?.rtl ? { ...options, features: RTL_LAYOUT } : options);
    return;
  }
  const { height: _height, ellipsis: _ellipsis, ...flowing } = options;
  pieces.forEach((piece, i) => {
    const pieceOptions = { ...flowing, continued: i < pieces.length - 1, ...(piece.rtl ? { features: RTL_LAYOUT } : {}) };
    doc.font(piece.face);
    if (i === 0) doc.text(piece.text, x, y, pieceOptions);
    else doc.text(piece.text, pieceOptions);
  });
}
