import { expect } from "chai";
import { exportDocx } from "../../../../server/documents/exporters/docx";
import { fixture, longFixture, meta, TITLE } from "./fixture";
import { unzip } from "./unzip";

const MARKING = "VERTROUWELIJK (beperkt) — Benelux-werkgroep, uitsluitend voor de aangewezen leden, niet verspreiden";

/** The visible text of a WordprocessingML part, runs joined. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1]!)
    .join("")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The paragraphs of a part, each as its XML. */
function paragraphs(xml: string): string[] {
  return xml.match(/<w:p\b[^>]*>.*?<\/w:p>|<w:p\b[^>]*\/>/gs) ?? [];
}

describe("document export: DOCX", () => {
  let files: Map<string, Buffer>;
  let document: string;
  const part = (name: string) => files.get(name)?.toString("utf8") ?? "";

  before(async () => {
    const file = await exportDocx(fixture);
    expect(file.extension).to.equal("docx");
    expect(file.contentType).to.equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(file.body.subarray(0, 2).toString("latin1")).to.equal("PK");
    files = unzip(file.body);
    document = part("word/document.xml");
  });

  it("is a WordprocessingML package", () => {
    expect([...files.keys()]).to.include.members(["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/numbering.xml", "docProps/core.xml"]);
    expect(part("[Content_Types].xml")).to.include("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
  });

  it("contains the title, the metadata and the text", () => {
    const text = textOf(document);
    expect(text.startsWith(TITLE)).to.equal(true);
    expect(paragraphs(document)[0]).to.include('<w:pStyle w:val="Title"/>');
    for (const expected of ["Rubricering", "Vertrouwelijk (beperkt)", "Landen", "België, Nederland", "Auteurs", "Els Peeters, Joost de Vries", "Marie Dubois"]) {
      expect(text).to.include(expected);
    }
    expect(text).to.include("Bij gezamenlijke controles in slachthuizen");
    expect(text).to.include("kosten: € 1.200 per actie; café, ëxtra, façade, über.");
  });

  it("escapes the text rather than letting markup through", () => {
    expect(document).to.include("Let op: &lt;script&gt;alert(&apos;xss&apos;)&lt;/script&gt;");
    expect(document).not.to.include("<script>");
    expect(textOf(document)).to.include("Let op: <script>alert('xss')</script> & andere *sterretjes*");
  });

  it("puts the classification marking in the header and the footer, and page numbers in the footer", () => {
    const headers = [...files.keys()].filter((name) => /^word\/header\d*\.xml$/.test(name));
    const footers = [...files.keys()].filter((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(headers).to.have.length.greaterThan(0);
    expect(footers).to.have.length.greaterThan(0);
    for (const name of [...headers, ...footers]) expect(textOf(part(name))).to.include(MARKING);
    const footer = footers.map(part).join("");
    expect(footer).to.match(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).to.match(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(textOf(footer)).to.include("Pagina ");
    expect(textOf(footer)).to.include(" van ");
    // The section uses them as its default header and footer: Word repeats them on every page.
    expect(document).to.match(/<w:headerReference w:type="default" r:id="[^"]+"\/>/);
    expect(document).to.match(/<w:footerReference w:type="default" r:id="[^"]+"\/>/);
  });

  it("uses the Heading styles for the sections", () => {
    const headings = paragraphs(document)
      .filter((p) => p.includes('<w:pStyle w:val="Heading2"/>'))
      .map(textOf);
    expect(headings).to.deep.equal(["Context", "Betrokken landen", "Actoren", "Procedure", "Resultaten", "Lessen", "Contactpunt"]);
    expect(part("word/styles.xml")).to.match(/<w:style w:type="paragraph" w:styleId="Heading1">/);
  });

  it("keeps bold and italic", () => {
    expect(document).to.match(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">geen arbeidscontract<\/w:t><\/w:r>/);
    expect(document).to.match(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">afgeven<\/w:t><\/w:r>/);
  });

  it("numbers ordered lists, bullets bullet lists and boxes task items", () => {
    const numbering = part("word/numbering.xml");
    expect(numbering).to.include('<w:numFmt w:val="bullet"/>');
    expect(numbering).to.include('<w:numFmt w:val="decimal"/>');
    const listParagraphs = paragraphs(document).filter((p) => p.includes("<w:numPr>"));
    expect(listParagraphs.map(textOf)).to.deep.equal([
      "België: sociale inspectie en federale politie",
      "Nederland: Nederlandse Arbeidsinspectie en KMar",
      "Voorbereidend overleg tussen inspectie en politie.",
      "Gezamenlijke controle met tolk ter plaatse.",
      "Gesprek met elke werknemer afzonderlijk, buiten het zicht van de werkgever.",
    ]);
    const texts = paragraphs(document).map(textOf);
    expect(texts).to.include("☑ Tolken vooraf inplannen");
    expect(texts).to.include("☐ Opvangplaats reserveren bij een erkend centrum");
  });

  it("writes tables with borders and a repeated header row", () => {
    const tables = document.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    expect(tables).to.have.length(2); // metadata and the actors
    for (const table of tables) expect(table).to.match(/<w:tblBorders>.*<w:insideH w:val="single"/s);
    const actors = tables[1]!;
    expect(actors).to.include("<w:tblHeader/>");
    expect((actors.match(/<w:tr\b/g) ?? []).length).to.equal(4);
    expect(textOf(actors)).to.include("OrganisatieRolLandSociale inspectieControle van arbeidsvoorwaardenBE");
  });

  it("links http, https and mailto as external hyperlinks and drops other schemes", () => {
    const rels = part("word/_rels/document.xml.rels");
    expect(rels).to.match(/Target="https:\/\/www\.myria\.be\/nl\/publicaties" TargetMode="External"/);
    expect(rels).to.match(/Target="mailto:secretariaat@benelux\.example" TargetMode="External"/);
    expect(document).to.match(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t xml:space="preserve">jaarverslag van Myria<\/w:t>/);
    for (const [name, data] of files) expect(data.toString("utf8"), name).not.to.match(/javascript/i);
    expect(textOf(document)).to.include("en de verdachte link.");
  });

  it("sets the title, dates and classification in the document properties", () => {
    const core = part("docProps/core.xml");
    expect(core).to.include(`<dc:title>${TITLE}</dc:title>`);
    expect(core).to.include('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-14T09:30:00Z</dcterms:created>');
    expect(core).to.include("<dc:creator>Els Peeters; Joost de Vries</dc:creator>");
    expect(core).to.include(`<dc:subject>${MARKING}</dc:subject>`);
    expect(part("docProps/custom.xml")).to.match(/name="Classification"><vt:lpwstr>restricted<\/vt:lpwstr>/);
  });

  it("is A4", () => {
    expect(document).to.match(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it("marks a long document in its one section's header and footer", async () => {
    const long = unzip((await exportDocx(longFixture(200))).body);
    const body = long.get("word/document.xml")!.toString("utf8");
    expect((body.match(/<w:sectPr\b/g) ?? []).length).to.equal(1);
    expect(textOf(body)).to.include("Alinea 200:");
    expect(textOf(long.get("word/header1.xml")!.toString("utf8"))).to.include(MARKING);
  });

  it("escapes a hostile title in the body and in the properties", async () => {
    const hostile = unzip((await exportDocx({ ...fixture, meta: { ...meta, title: `<w:p>&"'</w:p>` } })).body);
    expect(hostile.get("docProps/core.xml")!.toString("utf8")).to.include("<dc:title>&lt;w:p&gt;&amp;&quot;&apos;&lt;/w:p&gt;</dc:title>");
    expect(textOf(hostile.get("word/document.xml")!.toString("utf8")).startsWith(`<w:p>&"'</w:p>`)).to.equal(true);
  });
});
