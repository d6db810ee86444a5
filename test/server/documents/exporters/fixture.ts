/**
 * A realistic good practice, in Dutch, as the editor stores it (ProseMirror JSON of the Tiptap
 * schema in shared/editor/extensions.ts), with the hostile bits an export must neutralise.
 */
import type { JSONContent } from "@tiptap/core";
import type { ExportInput, ExportMeta } from "../../../../server/documents/exporters/types";

const text = (value: string, marks?: JSONContent["marks"]): JSONContent => (marks ? { type: "text", text: value, marks } : { type: "text", text: value });
const bold = (value: string) => text(value, [{ type: "bold" }]);
const italic = (value: string) => text(value, [{ type: "italic" }]);
const link = (value: string, href: string) => text(value, [{ type: "link", attrs: { href, target: null, rel: "noopener noreferrer nofollow" } }]);
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const heading = (level: number, value: string): JSONContent => ({ type: "heading", attrs: { level }, content: [text(value)] });
const item = (...content: JSONContent[]): JSONContent => ({ type: "listItem", content: [paragraph(...content)] });
const task = (checked: boolean, value: string): JSONContent => ({ type: "taskItem", attrs: { checked }, content: [paragraph(text(value))] });
const cell = (value: string, type: "tableCell" | "tableHeader" = "tableCell"): JSONContent => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [paragraph(text(value))],
});

export const TITLE = "Multidisciplinaire screening bij arbeidsinspecties in de vleessector";

export const meta: ExportMeta = {
  title: TITLE,
  language: "nl",
  classification: "restricted",
  status: "draft",
  countries: ["BE", "NL"],
  tags: ["labour", "identification"],
  authors: ["Els Peeters", "Joost de Vries"],
  updatedAt: new Date("2026-03-12T15:42:00Z"),
  exportedAt: new Date("2026-03-14T09:30:00Z"),
  exportedBy: "Marie Dubois",
};

export const content: JSONContent = {
  type: "doc",
  content: [
    heading(2, "Context"),
    paragraph(
      text("Bij gezamenlijke controles in slachthuizen werden werknemers uit derde landen aangetroffen die "),
      bold("geen arbeidscontract"),
      text(" hadden en hun identiteitsdocumenten hadden moeten "),
      italic("afgeven"),
      text(" aan de uitzendkracht-bemiddelaar."),
    ),
    paragraph(text("Let op: <script>alert('xss')</script> & andere *sterretjes*, _liggende streepjes_, [haken], `backticks`, # hekje, | pijp en 1. geen lijst.")),
    heading(2, "Betrokken landen"),
    {
      type: "bulletList",
      content: [item(text("België: sociale inspectie en federale politie")), item(text("Nederland: Nederlandse Arbeidsinspectie en KMar"))],
    },
    heading(2, "Actoren"),
    {
      type: "table",
      content: [
        { type: "tableRow", content: [cell("Organisatie", "tableHeader"), cell("Rol", "tableHeader"), cell("Land", "tableHeader")] },
        { type: "tableRow", content: [cell("Sociale inspectie"), cell("Controle van arbeidsvoorwaarden"), cell("BE")] },
        { type: "tableRow", content: [cell("Payoke"), cell("Opvang en begeleiding van slachtoffers"), cell("BE")] },
        { type: "tableRow", content: [cell("Nederlandse Arbeidsinspectie"), cell("Signalering en doorverwijzing"), cell("NL")] },
      ],
    },
    heading(2, "Procedure"),
    {
      type: "orderedList",
      attrs: { start: 1, type: null },
      content: [
        item(text("Voorbereidend overleg tussen inspectie en politie.")),
        item(text("Gezamenlijke controle met tolk ter plaatse.")),
        item(text("Gesprek met elke werknemer "), bold("afzonderlijk"), text(", buiten het zicht van de werkgever.")),
      ],
    },
    {
      type: "taskList",
      content: [task(true, "Tolken vooraf inplannen"), task(false, "Opvangplaats reserveren bij een erkend centrum")],
    },
    heading(2, "Resultaten"),
    paragraph(
      text("Zeventien werknemers kregen het statuut van slachtoffer. Zie het "),
      link("jaarverslag van Myria", "https://www.myria.be/nl/publicaties"),
      text(" en de "),
      link("verdachte link", "javascript:alert(document.cookie)"),
      text("."),
    ),
    { type: "blockquote", content: [paragraph(text("Zonder tolk hadden we deze signalen gemist."))] },
    heading(2, "Lessen"),
    paragraph(text("Werk met vaste contactpersonen per dienst; kosten: € 1.200 per actie; café, ëxtra, façade, über.")),
    { type: "horizontalRule" },
    { type: "codeBlock", attrs: { language: "text" }, content: [text("Meldcode: MH-2026-014\nStatus: afgerond")] },
    heading(2, "Contactpunt"),
    paragraph(text("Secretariaat van de werkgroep"), { type: "hardBreak" }, link("secretariaat@benelux.example", "mailto:secretariaat@benelux.example")),
  ],
};

export const fixture: ExportInput = { meta, content };

/** A long document: many paragraphs, so that every format spreads over several pages. */
export function longFixture(paragraphs = 200): ExportInput {
  const body: JSONContent[] = [];
  for (let i = 1; i <= paragraphs; i++) {
    if (i % 25 === 1) body.push(heading(2, `Hoofdstuk ${Math.ceil(i / 25)}`));
    body.push(paragraph(text(`Alinea ${i}: bij elke controle wordt nagegaan of werknemers vrij over hun papieren beschikken en of zij hun loon zelf ontvangen.`)));
  }
  return { meta: { ...meta, title: "Lang document" }, content: { type: "doc", content: body } };
}
