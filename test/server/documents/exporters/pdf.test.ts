import { expect } from "chai";
import { exportPdf, toWinAnsi } from "../../../../server/documents/exporters/pdf";
import type { ExportInput } from "../../../../server/documents/exporters/types";
import { fixture, longFixture, meta, TITLE } from "./fixture";

const MARKING = "VERTROUWELIJK (beperkt) — Benelux-werkgroep, uitsluitend voor de aangewezen leden, niet verspreiden";
// Windows-1252 where it differs from Latin-1 (Node's TextDecoder may not know it).
const CP1252: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹", 0x8c: "Œ", 0x8e: "Ž",
  0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};
const winAnsi = { decode: (bytes: Buffer) => [...bytes].map((byte) => CP1252[byte] ?? String.fromCharCode(byte)).join("") };

interface ReadPdf {
  raw: string;
  /** Per page (content stream), the text drawn by each text operator, in order. */
  pages: string[][];
}

/**
 * Reads an uncompressed PDFKit file: its page content streams and the text they draw. PDFKit
 * writes text as hex strings in TJ arrays, in the font's WinAnsi encoding.
 */
async function readPdf(input: ExportInput): Promise<ReadPdf> {
  const file = await exportPdf(input, { compress: false });
  const raw = file.body.toString("latin1");
  const streams = [...raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((match) => match[1]!);
  const pages = streams
    .filter((stream) => stream.includes(" Tf"))
    .map((stream) =>
      [...stream.matchAll(/\[([^\]]*)\] TJ/g)].map((match) =>
        [...match[1]!.matchAll(/<([0-9a-f]*)>/g)].map((hex) => winAnsi.decode(Buffer.from(hex[1]!, "hex"))).join(""),
      ),
    );
  return { raw, pages };
}

function pageCount(raw: string): number {
  return (raw.match(/\/Type \/Page\b/g) ?? []).length;
}

describe("document export: PDF", function () {
  this.timeout(20_000);
  let pdf: ReadPdf;

  before(async () => {
    pdf = await readPdf(fixture);
  });

  it("is an A4 PDF", async () => {
    const file = await exportPdf(fixture);
    expect(file.extension).to.equal("pdf");
    expect(file.contentType).to.equal("application/pdf");
    expect(file.body.subarray(0, 5).toString("latin1")).to.equal("%PDF-");
    expect(file.body.subarray(-6).toString("latin1")).to.match(/%%EOF\s*$/);
    expect(pdf.raw).to.include("/MediaBox [0 0 595.28 841.89]");
  });

  it("marks the classification at the top and the bottom of every page, with page X of Y", () => {
    const pages = pageCount(pdf.raw);
    expect(pages).to.be.greaterThan(1);
    expect(pdf.pages).to.have.length(pages);
    pdf.pages.forEach((texts, i) => {
      expect(texts.filter((text) => text === MARKING), `page ${i + 1}`).to.have.length(2);
      expect(texts).to.include(`Pagina ${i + 1} van ${pages}`);
    });
  });

  it("writes the title, the metadata and the text", () => {
    const all = pdf.pages.flat().join("\n");
    const first = pdf.pages[0]!.join(" ");
    expect(first.replace(/\s+/g, " ")).to.include(TITLE);
    for (const expected of ["Rubricering", "Vertrouwelijk (beperkt)", "Landen", "België, Nederland", "Geëxporteerd door", "Marie Dubois"]) {
      expect(all).to.include(expected);
    }
    expect(all).to.include("Context");
    expect(all).to.include("Contactpunt");
    expect(all).to.include("geen arbeidscontract");
    expect(all).to.include("Let op: <script>alert('xss')</script> & andere *sterretjes*");
  });

  it("draws accented letters and the euro sign in the standard font", () => {
    const all = pdf.pages.flat().join("");
    expect(all).to.include("€ 1.200 per actie; café, ëxtra, façade, über.");
    expect(all).to.include("België");
  });

  it("uses bold, italic and underline for the marks, and links only safe addresses", () => {
    expect(pdf.raw).to.match(/\/BaseFont \/Helvetica-Bold\b/);
    expect(pdf.raw).to.match(/\/BaseFont \/Helvetica-Oblique\b/);
    expect(pdf.raw).to.include("/URI (https://www.myria.be/nl/publicaties)");
    expect(pdf.raw).to.include("/URI (mailto:secretariaat@benelux.example)");
    expect(pdf.raw).not.to.match(/javascript/i);
    expect(pdf.pages.flat().join("")).to.include("verdachte link");
  });

  it("lays out lists with markers, tables and code", () => {
    const texts = pdf.pages.flat();
    expect(texts).to.include("•");
    expect(texts).to.include.members(["1.", "2.", "3."]);
    expect(texts).to.include.members(["Organisatie", "Rol", "Land", "Payoke", "Signalering en doorverwijzing"]);
    expect(texts).to.include.members(["Meldcode: MH-2026-014", "Status: afgerond"]);
    expect(texts).to.include("Secretariaat van de werkgroep");
  });

  it("sets the document properties", () => {
    const object = (key: string) => {
      const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(pdf.raw);
      expect(ref, key).not.to.equal(null);
      return new RegExp(`\\n${ref![1]} 0 obj\\n(.*)\\nendobj`).exec(pdf.raw)?.[1];
    };
    expect(object("CreationDate")).to.equal("(D:20260314093000Z)");
    expect(object("Title")).to.equal(`(${TITLE})`);
    expect(object("Author")).to.equal("(Els Peeters; Joost de Vries)");
    expect(pdf.raw).to.include("/Lang (nl-BE)");
  });

  it("spreads a long document over several pages, each carrying the marking", async () => {
    const long = await readPdf(longFixture(200));
    const pages = pageCount(long.raw);
    expect(pages).to.be.greaterThanOrEqual(5);
    expect(long.pages).to.have.length(pages);
    long.pages.forEach((texts, i) => {
      expect(texts.filter((text) => text === MARKING), `page ${i + 1}`).to.have.length(2);
      expect(texts).to.include(`Pagina ${i + 1} van ${pages}`);
    });
    const all = long.pages.flat().join(" ");
    expect(all).to.include("Alinea 1:");
    expect(all).to.include("Alinea 200:");
  });

  it("marks in the export's language", async () => {
    const fr = await readPdf({ ...fixture, meta: { ...meta, language: "fr", classification: "public" } });
    const marking = "PUBLIC — Groupe de travail Benelux traite des êtres humains, diffusion libre";
    fr.pages.forEach((texts, i) => {
      expect(texts.filter((text) => text === marking)).to.have.length(2);
      expect(texts).to.include(`Page ${i + 1} sur ${fr.pages.length}`);
    });
  });

  it("repeats a table's header row on the next page and never cuts a long cell", async () => {
    const rows = Array.from({ length: 80 }, (_, i) => ({
      type: "tableRow",
      content: [
        { type: "tableCell", content: [{ type: "paragraph", content: [{ type: "text", text: `Dienst ${i + 1}` }] }] },
        { type: "tableCell", content: [{ type: "paragraph", content: [{ type: "text", text: "Contact via het secretariaat" }] }] },
      ],
    }));
    const header = {
      type: "tableRow",
      content: [
        { type: "tableHeader", content: [{ type: "paragraph", content: [{ type: "text", text: "Dienst" }] }] },
        { type: "tableHeader", content: [{ type: "paragraph", content: [{ type: "text", text: "Contact" }] }] },
      ],
    };
    const huge = "woord ".repeat(1500).trim() + " einde";
    const read = await readPdf({
      meta,
      content: {
        type: "doc",
        content: [
          { type: "table", content: [header, ...rows] },
          { type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [{ type: "paragraph", content: [{ type: "text", text: huge }] }] }] }] },
        ],
      },
    });
    expect(read.pages.length).to.be.greaterThan(2);
    const withRows = read.pages.filter((texts) => texts.some((text) => /^Dienst \d+$/.test(text)));
    expect(withRows.length).to.be.greaterThan(1);
    for (const texts of withRows) expect(texts).to.include("Dienst");
    expect(read.pages.flat().join(" ")).to.include("einde");
  });

  it("never crashes on text outside WinAnsi", async () => {
    const read = await readPdf({
      meta: { ...meta, title: "Łódź – Ștefan – Ελλάδα ☃ 🎉" },
      content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Œuvre “citaat” — ‘x’ … • ™ ł ș ț 日本 e\u0301" }] }] },
    });
    const all = read.pages.flat().join("");
    expect(all).to.include("Lódz – Stefan – ?????? ? ?");
    expect(all).to.include("Œuvre “citaat” — ‘x’ … • ™ l s t ?? é");
  });

  it("reduces text to WinAnsi", () => {
    expect(toWinAnsi("café € ëüç")).to.equal("café € ëüç");
    expect(toWinAnsi("Łukasz Ștefan")).to.equal("Lukasz Stefan");
    expect(toWinAnsi("中文 ☃")).to.equal("?? ?");
    expect(toWinAnsi("a\u200bb\u2009c")).to.equal("ab c");
  });
});
