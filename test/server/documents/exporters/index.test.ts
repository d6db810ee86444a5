import { expect } from "chai";
import type { JSONContent } from "@tiptap/core";
import { EXPORT_FORMATS, exportDocument, exportFileName, isExportFormat } from "../../../../server/documents/exporters/index";
import { classificationMarking, labelsFor, metadataRows, pageOf, pageOfParts } from "../../../../server/documents/exporters/labels";
import { cleanText, readDocument, safeHref } from "../../../../server/documents/exporters/model";
import { fixture, meta } from "./fixture";
import { unzip } from "./unzip";

/** Content no editor would produce: every format must still render it. */
function hostileContent(): JSONContent {
  let deep: JSONContent = { type: "paragraph", content: [{ type: "text", text: "bodem" }] };
  for (let i = 0; i < 3000; i++) deep = { type: i % 2 ? "blockquote" : "bulletList", content: [i % 2 ? deep : { type: "listItem", content: [deep] }] };
  return {
    type: "doc",
    content: [
      { type: "mysteryWidget", attrs: { x: 1 }, content: [{ type: "text", text: "onbekende tekst" }] },
      { type: "paragraph", content: [{ type: "text", text: "controle\u0000tekens\u0008 en \uD800 halve surrogaat" }, { type: "image", attrs: { src: "javascript:alert(1)" } }] },
      { type: "heading", attrs: { level: 42 }, content: [{ type: "text", text: "te diepe kop" }] },
      { type: "heading", content: [{ type: "text", text: "kop zonder niveau", marks: [{ type: "highlight" }, { type: "link" }, null] }] },
      { type: "orderedList", attrs: { start: -5 }, content: [{ type: "paragraph", content: [{ type: "text", text: "los in lijst" }] }] },
      { type: "taskList", content: [{ type: "taskItem", attrs: { checked: "yes" }, content: [] }] },
      { type: "table", content: [{ type: "tableRow", content: [] }, { type: "tableRow", content: [{ type: "tableCell", attrs: { colspan: 5, rowspan: 2 } }] }] },
      { type: "tableCell", content: [{ type: "paragraph", content: [{ type: "text", text: "cel zonder tabel" }] }] },
      { type: "codeBlock", attrs: { language: 12 }, content: [{ type: "text", text: "```\n</pre>" }, { type: "hardBreak" }] },
      { type: "text", text: "tekst op blokniveau" },
      deep,
      null,
      42,
      "tekst",
      [],
      { content: [{ type: "text", text: "zonder type" }] },
      { type: "paragraph", content: "geen array" },
      { type: "paragraph", content: [{ type: "text" }, { type: "text", text: 7 }, { type: "text", text: "" }] },
    ] as unknown as JSONContent[],
  };
}

describe("document export", () => {
  it("dispatches to the four formats", async () => {
    const expected = {
      md: "text/markdown; charset=utf-8",
      html: "text/html; charset=utf-8",
      docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      pdf: "application/pdf",
    } as const;
    for (const format of EXPORT_FORMATS) {
      const file = await exportDocument(format, fixture);
      expect(file.extension).to.equal(format);
      expect(file.contentType).to.equal(expected[format]);
      expect(Buffer.isBuffer(file.body)).to.equal(true);
      expect(file.body.length).to.be.greaterThan(1000);
    }
  });

  it("rejects an unknown format", async () => {
    let error: unknown;
    try {
      await exportDocument("rtf" as never, fixture);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(Error);
    expect(isExportFormat("pdf")).to.equal(true);
    expect(isExportFormat("exe")).to.equal(false);
  });

  it("renders any content in every format without crashing", async function () {
    this.timeout(30_000);
    const content = hostileContent();
    for (const format of EXPORT_FORMATS) {
      const file = await exportDocument(format, { meta, content });
      expect(file.body.length, format).to.be.greaterThan(0);
      const text = format === "docx" ? unzip(file.body).get("word/document.xml")!.toString("utf8") : file.body.toString(format === "pdf" ? "latin1" : "utf8");
      expect(text, format).not.to.match(/javascript/i);
      if (format !== "pdf") {
        for (const expected of ["onbekende tekst", "te diepe kop", "los in lijst", "cel zonder tabel", "tekst op blokniveau", "bodem"]) {
          expect(text, `${format}: ${expected}`).to.include(expected);
        }
        expect(text).not.to.include("\u0000");
      }
    }
    for (const format of EXPORT_FORMATS) {
      for (const empty of [{ type: "doc" }, { type: "doc", content: [] }, null, "x", []] as unknown as JSONContent[]) {
        const file = await exportDocument(format, { meta, content: empty });
        expect(file.body.length, format).to.be.greaterThan(0);
      }
    }
  });

  it("names the file after the title and the export date", () => {
    expect(exportFileName(meta, "pdf")).to.equal("multidisciplinaire-screening-bij-arbeidsinspecties-in-de-vle-2026-03-14.pdf");
    expect(exportFileName({ title: "Éénmalige actie: Brussel/Luik", exportedAt: meta.exportedAt }, "md")).to.equal("eenmalige-actie-brussel-luik-2026-03-14.md");
    expect(exportFileName({ title: "../../etc/passwd", exportedAt: meta.exportedAt }, "html")).to.equal("etc-passwd-2026-03-14.html");
    expect(exportFileName({ title: "日本", exportedAt: new Date(NaN) }, "docx")).to.equal("document.docx");
  });
});

describe("document export: labels", () => {
  it("has a marking for every classification in every language", () => {
    for (const language of ["nl", "fr", "en"] as const) {
      const markings = (["public", "internal", "restricted"] as const).map((classification) => classificationMarking({ language, classification }));
      expect(new Set(markings).size).to.equal(3);
      for (const marking of markings) expect(marking).to.match(/^[A-Z]+.* — .+/);
    }
    expect(classificationMarking({ language: "en", classification: "restricted" })).to.equal("RESTRICTED — Benelux working group, designated members only, do not distribute");
    expect(classificationMarking({ language: "nl", classification: "restricted" })).to.match(/^VERTROUWELIJK \(beperkt\) — /);
    expect(classificationMarking({ language: "fr", classification: "restricted" })).to.match(/^RESTREINT — /);
  });

  it("translates the metadata and falls back for unknown values", () => {
    const rows = metadataRows({ ...meta, language: "fr", countries: ["LU", "DE"], tags: ["sexual", "custom"], authors: [] });
    expect(rows).to.deep.include(["Pays", "Luxembourg, DE"]);
    expect(rows).to.deep.include(["Mots-clés", "Exploitation sexuelle, custom"]);
    expect(rows).to.deep.include(["Auteurs", "—"]);
    expect(rows[0]).to.deep.equal(["Classification", "Restreint"]);
    expect(labelsFor("de").locale).to.equal("en-GB");
  });

  it("formats page numbers", () => {
    expect(pageOf(labelsFor("nl"), 2, 7)).to.equal("Pagina 2 van 7");
    expect(pageOf(labelsFor("fr"), 2, 7)).to.equal("Page 2 sur 7");
    expect(pageOfParts(labelsFor("en"))).to.deep.equal(["Page ", { field: "page" }, " of ", { field: "pages" }]);
  });
});

describe("document export: reading the document", () => {
  it("accepts only absolute http, https and mailto links", () => {
    expect(safeHref("https://www.myria.be/nl")).to.equal("https://www.myria.be/nl");
    expect(safeHref(" http://example.org ")).to.equal("http://example.org/");
    expect(safeHref("mailto:a@example.org")).to.equal("mailto:a@example.org");
    for (const bad of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "java\nscript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "/relative", "//example.org", "https://user:pw@example.org", "", 5, null]) {
      expect(safeHref(bad), String(bad)).to.equal(null);
    }
  });

  it("cleans text for XML and PDF", () => {
    expect(cleanText("a\u0000b\u0007c\td\r\ne")).to.equal("abc d\ne");
    expect(cleanText("\uD800x")).to.equal("\uFFFDx");
    expect(cleanText("e\u0301")).to.equal("é");
    expect(cleanText(42)).to.equal("");
  });

  it("reads the schema's nodes and marks", () => {
    const blocks = readDocument({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Kop", marks: [{ type: "bold" }] }] },
        { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "drie" }] }] }] },
        { type: "taskList", content: [{ type: "taskItem", attrs: { checked: true }, content: [{ type: "paragraph" }] }] },
        { type: "paragraph", content: [{ type: "text", text: "a\nb" }] },
      ],
    });
    expect(blocks[0]).to.deep.include({ kind: "heading", level: 2 });
    expect(blocks[1]).to.deep.include({ kind: "list", list: "ordered", start: 3 });
    expect(blocks[2]).to.deep.equal({ kind: "list", list: "task", start: 1, items: [{ checked: true, blocks: [{ kind: "paragraph", inlines: [] }] }] });
    expect(blocks[3]).to.deep.equal({
      kind: "paragraph",
      inlines: [
        { kind: "text", text: "a", marks: { bold: false, italic: false, underline: false, strike: false, code: false, link: null } },
        { kind: "break" },
        { kind: "text", text: "b", marks: { bold: false, italic: false, underline: false, strike: false, code: false, link: null } },
      ],
    });
  });
});
