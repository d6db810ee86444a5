import { inflateSync } from "node:zlib";

/**
 * Reads back the text a PDFKit file draws: per page (in page order), one string per text operator
 * (`[…] TJ`), decoded through the font's ToUnicode map, i.e. what a reader gets when copying text.
 *
 * Hand-written on purpose: the tests need the per-operator structure (e.g. "the marking is drawn
 * twice per page"), which text extractors merge away. It knows what PDFKit writes: indirect objects,
 * Flate streams, Type0 fonts with Identity-H (2-byte codes) and a bfrange ToUnicode CMap.
 */

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(file: Buffer): Map<number, PdfObject> {
  const raw = file.toString("latin1");
  const found = new Map<number, PdfObject>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const streamAt = body.indexOf("stream\n");
    const dict = streamAt >= 0 ? body.slice(0, streamAt) : body;
    let stream: Buffer | null = null;
    if (streamAt >= 0) {
      const bytes = Buffer.from(body.slice(streamAt + 7, body.lastIndexOf("\nendstream")), "latin1");
      stream = /\/Filter \/FlateDecode/.test(dict) ? inflateSync(bytes) : bytes;
    }
    found.set(Number(match[1]), { dict, stream });
  }
  return found;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1] ?? NaN);
const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));

/** Code (4 hex digits) → text, from a ToUnicode CMap's bfrange and bfchar sections. */
function toUnicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const entry of section[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f]+>)/gi)) {
      const start = parseInt(entry[1]!, 16);
      const end = parseInt(entry[2]!, 16);
      const targets = [...entry[3]!.matchAll(/<([0-9a-f ]*)>/gi)].map((t) => t[1]!.replace(/ /g, ""));
      for (let code = start; code <= end; code++) {
        const target = entry[3]!.startsWith("[") ? targets[code - start] : (parseInt(targets[0]!, 16) + code - start).toString(16).padStart(4, "0");
        if (target !== undefined) map.set(code.toString(16).padStart(4, "0"), utf16(target));
      }
    }
  }
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const entry of section[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) map.set(entry[1]!.toLowerCase().padStart(4, "0"), utf16(entry[2]!));
  }
  return map;
}

export interface ReadPdf {
  raw: string;
  /** Per page, the text drawn by each text operator, in order. */
  pages: string[][];
  /** Per page, per text operator, the font's glyph codes (4 hex digits each) and the font's name. */
  glyphs: Array<Array<{ font: string; codes: string[] }>>;
}

export function readPdf(file: Buffer): ReadPdf {
  const all = objects(file);
  const fontMaps = new Map<string, { name: string; map: Map<string, string> }>();
  for (const { dict } of all.values()) {
    for (const resource of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = all.get(Number(resource[2]));
      if (!font || fontMaps.has(resource[1]!)) continue;
      const cmap = all.get(ref(font.dict, "ToUnicode"))?.stream?.toString("latin1");
      if (!cmap) throw new Error(`font ${resource[1]} has no ToUnicode map: text would not be extractable`);
      fontMaps.set(resource[1]!, { name: /\/BaseFont \/(\S+)/.exec(font.dict)?.[1] ?? "?", map: toUnicodeMap(cmap) });
    }
  }
  const pagesDict = [...all.values()].find((o) => /\/Type \/Pages\b/.test(o.dict))!.dict;
  const kids = [.../\/Kids \[([^\]]*)\]/.exec(pagesDict)![1]!.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const pages: string[][] = [];
  const glyphs: ReadPdf["glyphs"] = [];
  for (const kid of kids) {
    const content = all.get(ref(all.get(kid)!.dict, "Contents"))!.stream!.toString("latin1");
    const texts: string[] = [];
    const codes: ReadPdf["glyphs"][number] = [];
    let font: { name: string; map: Map<string, string> } | undefined;
    for (const op of content.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (op[1]) {
        font = fontMaps.get(op[1]);
        continue;
      }
      const drawn = [...op[2]!.matchAll(/<([0-9a-f]*)>/g)].flatMap((hex) => hex[1]!.match(/.{4}/g) ?? []);
      texts.push(drawn.map((code) => font?.map.get(code) ?? "\u0000").join(""));
      codes.push({ font: font?.name ?? "?", codes: drawn });
    }
    pages.push(texts);
    glyphs.push(codes);
  }
  return { raw: file.toString("latin1"), pages, glyphs };
}

/** The text a PDFKit file draws, per page, one string per text operator. */
export const pdfPages = (file: Buffer): string[][] => readPdf(file).pages;
