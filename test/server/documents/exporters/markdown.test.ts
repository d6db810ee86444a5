import { expect } from "chai";
import { escapeMarkdown, exportMarkdown, renderInlines, renderMarkdown } from "../../../../server/documents/exporters/markdown";
import { type Inline, NO_MARKS } from "../../../../server/documents/exporters/model";
import { fixture, meta, TITLE } from "./fixture";

const MARKING = "**VERTROUWELIJK (beperkt) — Benelux-werkgroep, uitsluitend voor de aangewezen leden, niet verspreiden**";

/** Asserts that `expected` appears in `lines` as consecutive lines. */
function expectBlock(lines: string[], expected: string[]) {
  const start = lines.indexOf(expected[0]!);
  expect(start, `missing line: ${expected[0]}`).to.be.greaterThan(-1);
  expect(lines.slice(start, start + expected.length)).to.deep.equal(expected);
}

const text = (value: string, marks: Partial<typeof NO_MARKS> = {}): Inline => ({ kind: "text", text: value, marks: { ...NO_MARKS, ...marks } });

describe("document export: Markdown", () => {
  const markdown = renderMarkdown(fixture);
  const lines = markdown.split("\n");

  it("is UTF-8 Markdown with the md extension", () => {
    const file = exportMarkdown(fixture);
    expect(file.extension).to.equal("md");
    expect(file.contentType).to.equal("text/markdown; charset=utf-8");
    expect(file.body.toString("utf8")).to.equal(markdown);
  });

  it("starts with the classification marking, then the title and the metadata", () => {
    expect(lines[0]).to.equal(MARKING);
    expect(lines[1]).to.equal("");
    expect(lines[2]).to.equal(`# ${TITLE}`);
    expect(lines[3]).to.equal("");
    expect(lines.slice(4, 11)).to.deep.equal([
      "| Documentgegevens | |",
      "| --- | --- |",
      "| Rubricering | Vertrouwelijk (beperkt) |",
      "| Status | Concept |",
      "| Taal | Nederlands |",
      "| Landen | België, Nederland |",
      "| Trefwoorden | Arbeidsuitbuiting, Identificatie |",
    ]);
    expect(lines[11]).to.equal("| Auteurs | Els Peeters, Joost de Vries |");
    expect(lines[12]).to.match(/^\| Laatst gewijzigd \| 12 maart 2026 .*16:42.* \|$/);
    expect(lines[13]).to.match(/^\| Geëxporteerd op \| 14 maart 2026 .*10:30.* \|$/);
    expect(lines[14]).to.equal("| Geëxporteerd door | Marie Dubois |");
    expect(lines.slice(15, 18)).to.deep.equal(["", "---", ""]);
  });

  it("ends with the classification marking too, since Markdown has no pages", () => {
    expect(lines.at(-1)).to.equal("");
    expect(lines.at(-2)).to.equal(MARKING);
    expect(lines.at(-4)).to.equal("---");
    expect(lines.filter((line) => line === MARKING)).to.have.length(2);
  });

  it("writes the template's sections as headings below the title", () => {
    const headings = lines.filter((line) => line.startsWith("#"));
    expect(headings).to.deep.equal([
      `# ${TITLE}`,
      "### Context",
      "### Betrokken landen",
      "### Actoren",
      "### Procedure",
      "### Resultaten",
      "### Lessen",
      "### Contactpunt",
    ]);
  });

  it("keeps bold and italic and escapes Markdown's special characters", () => {
    expect(lines).to.include(
      "Bij gezamenlijke controles in slachthuizen werden werknemers uit derde landen aangetroffen die **geen arbeidscontract** hadden en hun identiteitsdocumenten hadden moeten *afgeven* aan de uitzendkracht-bemiddelaar.",
    );
    expect(lines).to.include(
      "Let op: \\<script\\>alert('xss')\\</script\\> & andere \\*sterretjes\\*, \\_liggende streepjes\\_, \\[haken\\], \\`backticks\\`, # hekje, \\| pijp en 1. geen lijst.",
    );
    expect(markdown).not.to.include("<script>");
  });

  it("writes a GFM table, bullet, ordered and task lists", () => {
    expectBlock(lines, [
      "| Organisatie | Rol | Land |",
      "| --- | --- | --- |",
      "| Sociale inspectie | Controle van arbeidsvoorwaarden | BE |",
      "| Payoke | Opvang en begeleiding van slachtoffers | BE |",
      "| Nederlandse Arbeidsinspectie | Signalering en doorverwijzing | NL |",
    ]);
    expectBlock(lines, ["- België: sociale inspectie en federale politie", "- Nederland: Nederlandse Arbeidsinspectie en KMar"]);
    expectBlock(lines, [
      "1. Voorbereidend overleg tussen inspectie en politie.",
      "2. Gezamenlijke controle met tolk ter plaatse.",
      "3. Gesprek met elke werknemer **afzonderlijk**, buiten het zicht van de werkgever.",
      "",
      "- [x] Tolken vooraf inplannen",
      "- [ ] Opvangplaats reserveren bij een erkend centrum",
    ]);
  });

  it("links only http, https and mailto; other links become plain text", () => {
    expect(lines).to.include(
      "Zeventien werknemers kregen het statuut van slachtoffer. Zie het [jaarverslag van Myria](https://www.myria.be/nl/publicaties) en de verdachte link.",
    );
    expect(markdown).not.to.match(/javascript/i);
    expectBlock(lines, ["Secretariaat van de werkgroep\\", "[secretariaat@benelux.example](mailto:secretariaat@benelux.example)"]);
  });

  it("writes quotes, rules and fenced code", () => {
    expect(lines).to.include("> Zonder tolk hadden we deze signalen gemist.");
    expectBlock(lines, ["```text", "Meldcode: MH-2026-014", "Status: afgerond", "```"]);
    expect(lines.filter((line) => line === "---")).to.have.length(3);
  });

  it("escapes what would start a block at the beginning of a line", () => {
    const out = renderInlines([text("# geen kop"), { kind: "break" }, text("- geen lijst"), { kind: "break" }, text("3. geen nummer"), { kind: "break" }, text("+ = niets")]);
    expect(out.split("\n")).to.deep.equal(["\\# geen kop\\", "\\- geen lijst\\", "3\\. geen nummer\\", "\\+ = niets"]);
  });

  it("nests overlapping marks and keeps spaces outside the delimiters", () => {
    const out = renderInlines([text("vet ", { bold: true }), text("en schuin", { bold: true, italic: true }), text(" woord", { bold: true }), text(" gewoon")]);
    expect(out).to.equal("**vet *en schuin* woord** gewoon");
    expect(renderInlines([text("a"), text(" b ", { bold: true }), text("c")])).to.equal("a **b** c");
    expect(renderInlines([text("x`y", { code: true })])).to.equal("``x`y``");
    expect(renderInlines([text("onder", { underline: true }), text(" weg", { strike: true })])).to.equal("<u>onder</u> ~~weg~~");
    expect(renderInlines([text("a)b", { link: "https://example.org/x_(y)" })])).to.equal("[a)b](https://example.org/x_%28y%29)");
  });

  it("escapes every inline special character", () => {
    expect(escapeMarkdown("a*b_c`d[e]f<g>h|i~j\\k &amp; &")).to.equal("a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\|i\\~j\\\\k \\&amp; &");
  });

  it("escapes a hostile title and metadata", () => {
    const out = renderMarkdown({ meta: { ...meta, title: "<img src=x onerror=alert(1)> [x](javascript:alert(1))", authors: ["<b>Eve</b> | x"] }, content: { type: "doc", content: [] } });
    expect(out).to.include("# \\<img src=x onerror=alert(1)\\> \\[x\\](javascript:alert(1))");
    expect(out).to.include("| Auteurs | \\<b\\>Eve\\</b\\> \\| x |");
    expect(out).not.to.match(/[^\\]\]\(javascript/);
  });

  it("keeps two lists of the same kind apart", () => {
    const out = renderMarkdown({
      meta,
      content: {
        type: "doc",
        content: [
          { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "een" }] }] }] },
          { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "twee" }] }] }] },
          { type: "orderedList", attrs: { start: 4 }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "vier" }] }] }] },
        ],
      },
    });
    expect(out).to.include("- een\n\n<!-- -->\n\n- twee\n\n4. vier\n");
  });

  it("renders nested lists with the indentation of their parent's content", () => {
    const out = renderMarkdown({
      meta,
      content: {
        type: "doc",
        content: [
          {
            type: "orderedList",
            attrs: { start: 1 },
            content: [
              {
                type: "listItem",
                content: [
                  { type: "paragraph", content: [{ type: "text", text: "stap" }] },
                  { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "detail" }] }] }] },
                ],
              },
            ],
          },
        ],
      },
    });
    expect(out).to.include("1. stap\n   - detail\n");
  });
});
