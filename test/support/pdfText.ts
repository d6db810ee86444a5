import { inflateSync } from "node:zlib";

// Windows-1252 where it differs from Latin-1 (the standard PDF fonts' encoding).
const CP1252: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹", 0x8c: "Œ", 0x8e: "Ž",
  0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};
const decode = (bytes: Buffer) => [...bytes].map((byte) => CP1252[byte] ?? String.fromCharCode(byte)).join("");

/**
 * The text a PDFKit file draws, per page content stream, one string per text operator. Compressed
 * streams are inflated; PDFKit writes text as hex strings in TJ arrays, in WinAnsi.
 */
export function pdfPages(file: Buffer): string[][] {
  const raw = file.toString("latin1");
  const streams = [...raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((match) => {
    const bytes = Buffer.from(match[1]!, "latin1");
    try {
      return inflateSync(bytes).toString("latin1");
    } catch {
      return match[1]!;
    }
  });
  return streams
    .filter((stream) => stream.includes(" Tf"))
    .map((stream) => [...stream.matchAll(/\[([^\]]*)\] TJ/g)].map((match) => [...match[1]!.matchAll(/<([0-9a-f]*)>/g)].map((hex) => decode(Buffer.from(hex[1]!, "hex"))).join("")));
}
