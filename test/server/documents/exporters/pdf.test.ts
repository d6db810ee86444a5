import { expect } from "chai";
import { exportPdf } from "../../../../server/documents/exporters/pdf";
import type { ExportInput } from "../../../../server/documents/exporters/types";
import { readPdf as readPdfFile, type ReadPdf } from "../../../support/pdfText";
import { fixture, longFixture, meta, TITLE } from "./fixture";

const MARKING = "VERTROUWELIJK (beperkt) — Benelux-werkgroep, uitsluitend voor de aangewezen leden, niet verspreiden";

/** Exports uncompressed and reads the text back through the fonts' ToUnicode maps. */
async function readPdf(input: ExportInput): Promise<ReadPdf> {
  return readPdfFile((await exportPdf(input, { compress: false })).body);
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

  it("draws accented letters and the euro sign", () => {
    const all = pdf.pages.flat().join("");
    expect(all).to.include("€ 1.200 per actie; café, ëxtra, façade, über.");
    expect(all).to.include("België");
  });

  it("uses bold, italic and underline for the marks, and links only safe addresses", () => {
    expect(pdf.raw).to.match(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(pdf.raw).to.match(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Oblique\b/);
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

  describe("Unicode (embedded DejaVu fonts)", () => {
    const NAMES = ["Ștefan Țurcanu", "Łukasz Wałęsa", "Kővári Zoltán és Erdős Pál", "Цветелина Георгиева", "Ελένη Παπαδοπούλου", "Gülşen Yıldız"];
    const ARABIC = "محمد علي";
    const text = (value: string, marks?: Array<{ type: string }>) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
    let read: ReadPdf;
    before(async () => {
      read = await readPdf({
        meta: { ...meta, title: `Overleg met ${NAMES[0]} en ${NAMES[3]}`, authors: [NAMES[1]!, NAMES[2]!] },
        content: {
          type: "doc",
          content: [
            ...NAMES.map((name) => ({ type: "paragraph", content: [text(`Aanwezig: ${name}.`)] })),
            { type: "paragraph", content: [text(`Schuin: ${NAMES[0]}, ${ARABIC}`, [{ type: "italic" }])] },
            { type: "paragraph", content: [text("Contactpersoon: "), text(ARABIC), text(", tolk.")] },
            { type: "codeBlock", content: [text(`${NAMES[3]} שלום`)] },
            { type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [{ type: "paragraph", content: [text(NAMES[1]!)] }] }, { type: "tableCell", content: [{ type: "paragraph", content: [text(`Tolk ${ARABIC}`)] }] }] }] },
          ],
        },
      });
    });

    it("draws Romanian, Polish, Hungarian, Bulgarian, Greek and Turkish names, which read back exactly", () => {
      const all = read.pages.flat().join("\n");
      for (const name of NAMES) expect(all).to.include(`Aanwezig: ${name}.`);
      expect(all).to.include(`Schuin: ${NAMES[0]}, `);
      expect(all).not.to.include("?");
      expect(all).not.to.include("\ufffd");
    });

    it("puts them in the title, the metadata table, the footer, the code and the table cells", () => {
      const all = read.pages.flat().join("\n");
      expect(all).to.include(`Overleg met ${NAMES[0]} en ${NAMES[3]}`);
      expect(read.pages[0]).to.include(NAMES[1]); // the table cell
      expect(read.pages[0]!.join("\n")).to.match(new RegExp(`${NAMES[1]}[^\n]*\n?[^\n]*${NAMES[2]}`)); // the authors, in the metadata
      expect(all).to.include(NAMES[3] + " ");
      expect(all).to.include("שלום".split("").reverse().join(""));
    });

    it("embeds subsets of the fonts, with a ToUnicode map, and no standard font", () => {
      expect(read.raw).to.match(/\/FontFile2 \d+ 0 R/);
      expect(read.raw).not.to.match(/\/BaseFont \/(Helvetica|Courier|Times)/);
      for (const font of read.raw.matchAll(/\/BaseFont \/(\S+)/g)) expect(font[1]).to.match(/^[A-Z]{6}\+DejaVuSans(Mono)?(-\w+)?$/);
    });

    it("shapes Arabic (joining forms) and orders it right to left, in upright type inside italics", () => {
      const runs = read.glyphs.flat().filter((run, i) => /[\u0600-\u06ff]/.test(read.pages.flat()[i]!));
      expect(runs.length).to.be.at.least(3);
      const texts = read.pages.flat().filter((t) => /[\u0600-\u06ff]/.test(t));
      // Drawn in visual order: reading the glyphs backwards gives the name as typed.
      for (const drawn of texts) expect([...drawn].reverse().join("")).to.equal(ARABIC);
      for (const run of runs) {
        expect(run.font).to.match(/\+DejaVuSans$/); // the oblique face has no Arabic: upright sans instead
        // محمد: the two mīm are different glyphs (medial and initial forms), so the word was shaped.
        const [, , , , dal, mimMedial, hah, mimInitial] = run.codes;
        expect(new Set([dal, mimMedial, hah, mimInitial]).size).to.equal(4);
        expect(mimMedial).not.to.equal(mimInitial);
      }
    });

    it("draws characters no font has as U+FFFD rather than as nothing, and drops invisible ones", async () => {
      const other = await readPdf({ meta, content: { type: "doc", content: [{ type: "paragraph", content: [text("日本 🎉 a\u200bb\u00adc e\u0301")] }] } });
      expect(other.pages.flat().join("")).to.include("\ufffd\ufffd \ufffd abc é");
    });
  });
});
