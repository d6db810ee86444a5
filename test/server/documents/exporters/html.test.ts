import { expect } from "chai";
import { escapeHtml, exportHtml, renderHtml } from "../../../../server/documents/exporters/html";
import { fixture, meta, TITLE } from "./fixture";

const MARKING = "VERTROUWELIJK (beperkt) — Benelux-werkgroep, uitsluitend voor de aangewezen leden, niet verspreiden";

/** Everything that could run or load something: the checks every export must pass. */
function expectInert(html: string) {
  expect(html).not.to.match(/<script/i);
  expect(html).not.to.match(/javascript:/i);
  expect(html).not.to.match(/<(iframe|object|embed|img|svg|math|form|input|base|link|meta http-equiv="refresh")/i);
  // No event-handler attribute in any tag.
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) expect(tag).not.to.match(/\son[a-z]+\s*=/i);
  for (const href of html.match(/href="[^"]*"/g) ?? []) expect(href).to.match(/^href="(https?:\/\/|mailto:)/);
}

describe("document export: HTML", () => {
  const html = renderHtml(fixture);

  it("is a complete, standalone HTML5 document in the document's language", () => {
    const file = exportHtml(fixture);
    expect(file.extension).to.equal("html");
    expect(file.contentType).to.equal("text/html; charset=utf-8");
    expect(file.body.toString("utf8")).to.equal(html);
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">")).to.equal(true);
    expect(html).to.include('<meta charset="utf-8">');
    expect(html).to.include(`<title>${TITLE}</title>`);
    expect(html.trimEnd().endsWith("</html>")).to.equal(true);
  });

  it("forbids anything active with a Content-Security-Policy", () => {
    expect(html).to.include(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).to.include('<meta name="referrer" content="no-referrer">');
  });

  it("contains no script, no javascript: and no event handler", () => {
    expectInert(html);
  });

  it("escapes the document's text instead of passing markup through", () => {
    expect(html).to.include("Let op: &lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt; &amp; andere *sterretjes*");
  });

  it("marks the classification in a header and a footer that repeat on every printed page", () => {
    expect(html).to.include(`<header class="marking marking-top" role="note">${MARKING}</header>`);
    expect(html).to.include(`<footer class="marking marking-bottom" role="note">${MARKING}</footer>`);
    const print = html.slice(html.indexOf("@media print"));
    expect(print).to.match(/\.marking \{ position: fixed;/);
    expect(print).to.match(/\.marking-top \{ top: 0; \}/);
    expect(print).to.match(/\.marking-bottom \{ bottom: 0; \}/);
    expect(html).to.match(/@page \{\s*size: A4;\s*margin: [^;]+;/);
    expect(html).to.include("counter(page)");
    expect(html).to.include('<body class="classification-restricted">');
  });

  it("puts the title and a metadata table at the top", () => {
    const main = html.slice(html.indexOf("<main>"));
    expect(main).to.match(new RegExp(`^<main>\\s*<h1 class="title">${TITLE}</h1>\\s*<table class="metadata">`));
    expect(html).to.include('<tr><th scope="row">Rubricering</th><td>Vertrouwelijk (beperkt)</td></tr>');
    expect(html).to.include('<tr><th scope="row">Landen</th><td>België, Nederland</td></tr>');
    expect(html).to.include('<tr><th scope="row">Geëxporteerd door</th><td>Marie Dubois</td></tr>');
  });

  it("renders headings, marks, lists, tables, quotes and code", () => {
    expect(html).to.include("<h3>Context</h3>");
    expect(html).to.include("<strong>geen arbeidscontract</strong>");
    expect(html).to.include("<em>afgeven</em>");
    expect(html).to.match(/<thead>\s*<tr><th scope="col">Organisatie<\/th><th scope="col">Rol<\/th><th scope="col">Land<\/th><\/tr>\s*<\/thead>/);
    expect(html).to.include("<td>Payoke</td><td>Opvang en begeleiding van slachtoffers</td><td>BE</td>");
    expect(html).to.match(/<ol>\s*<li>\s*<p>Voorbereidend overleg/);
    expect(html).to.match(/<li class="task-item done" data-checked="true"><span class="task-box" aria-hidden="true">&#9745;<\/span><div class="task-content">\s*<p>Tolken vooraf inplannen<\/p>/);
    expect(html).to.match(/<li class="task-item" data-checked="false"><span class="task-box" aria-hidden="true">&#9744;<\/span>/);
    expect(html).to.match(/<blockquote>\s*<p>Zonder tolk hadden we deze signalen gemist.<\/p>\s*<\/blockquote>/);
    expect(html).to.include('<pre><code class="language-text">Meldcode: MH-2026-014\nStatus: afgerond</code></pre>');
    expect(html).to.include("<p>Secretariaat van de werkgroep<br><a ");
    expect(html).to.include("<hr>");
  });

  it("links only http, https and mailto, with rel=noopener noreferrer", () => {
    expect(html).to.include('<a href="https://www.myria.be/nl/publicaties" rel="noopener noreferrer">jaarverslag van Myria</a>');
    expect(html).to.include('<a href="mailto:secretariaat@benelux.example" rel="noopener noreferrer">secretariaat@benelux.example</a>');
    expect(html).to.include(" en de verdachte link.</p>");
    for (const anchor of html.match(/<a [^>]*>/g) ?? []) expect(anchor).to.match(/ rel="noopener noreferrer">$/);
  });

  it("neutralises hostile content everywhere: title, metadata, attributes, links, code languages", () => {
    const hostile = renderHtml({
      meta: {
        ...meta,
        title: `"><script>alert(1)</script><img src=x onerror=alert(1)>`,
        authors: [`</td><script>alert(2)</script>`],
        exportedBy: `<svg onload=alert(3)>`,
        countries: ["<iframe>"],
        tags: [`" onmouseover="alert(4)`],
      },
      content: {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: `https://example.org/" onclick="alert(5)` } }] }] },
          { type: "paragraph", content: [{ type: "text", text: "y", marks: [{ type: "link", attrs: { href: " javascript:alert(6)" } }] }] },
          { type: "paragraph", content: [{ type: "text", text: "z", marks: [{ type: "link", attrs: { href: "data:text/html;base64,PHNjcmlwdD4=" } }] }] },
          { type: "paragraph", content: [{ type: "text", text: "v", marks: [{ type: "link", attrs: { href: "vbscript:msgbox(1)" } }] }] },
          { type: "codeBlock", attrs: { language: `js"><script>alert(7)</script>` }, content: [{ type: "text", text: "</code></pre><script>alert(8)</script>" }] },
          { type: "orderedList", attrs: { start: `1"><script>alert(9)</script>` }, content: [] },
          { type: "heading", attrs: { level: `2 onclick=alert(10)` }, content: [{ type: "text", text: "kop" }] },
          { type: "rawHtml", attrs: { html: "<script>alert(11)</script>" }, content: [{ type: "text", text: "<b>tekst</b>" }] },
        ],
      },
    });
    expectInert(hostile);
    expect(hostile).to.include("<title>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</title>");
    expect(hostile).to.include('<a href="https://example.org/%22%20onclick=%22alert(5)" rel="noopener noreferrer">x</a>');
    expect(hostile).to.include("<p>y</p>");
    expect(hostile).to.include("<p>z</p>");
    expect(hostile).to.include("<pre><code>&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(8)&lt;/script&gt;</code></pre>");
    expect(hostile).to.include("<h2>kop</h2>");
    expect(hostile).to.include("<p>&lt;b&gt;tekst&lt;/b&gt;</p>");
    expect(hostile).to.include("&quot; onmouseover=&quot;alert(4)");
  });

  it("writes the markings in the export's language", () => {
    const fr = renderHtml({ ...fixture, meta: { ...meta, language: "fr", classification: "internal" } });
    expect(fr).to.include('<html lang="fr">');
    expect(fr).to.match(/<header class="marking marking-top" role="note">INTERNE — [^<]+<\/header>/);
    const en = renderHtml({ ...fixture, meta: { ...meta, language: "en", classification: "public" } });
    expect(en).to.match(/<footer class="marking marking-bottom" role="note">PUBLIC — [^<]+<\/footer>/);
    expect(en).to.include('<tr><th scope="row">Classification</th><td>Public</td></tr>');
  });

  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
