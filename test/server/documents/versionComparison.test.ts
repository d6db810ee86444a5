import { getSchema, type JSONContent } from "@tiptap/core";
import { expect } from "chai";
import { prosemirrorJSONToYDoc } from "y-prosemirror";
import { DOCUMENT_FIELD, documentExtensions } from "../../../shared/editor/extensions";
import { compareDocuments } from "../../../server/documents/versionComparison";

const schema = getSchema(documentExtensions());
const text = (value: string): JSONContent => ({ type: "text", text: value });
const paragraph = (value: string): JSONContent => ({ type: "paragraph", content: value ? [text(value)] : [] });
const heading = (level: number, value: string): JSONContent => ({ type: "heading", attrs: { level }, content: [text(value)] });
const bullets = (...items: string[]): JSONContent => ({ type: "bulletList", content: items.map((item) => ({ type: "listItem", content: [paragraph(item)] })) });
const ydoc = (...content: JSONContent[]) => prosemirrorJSONToYDoc(schema, { type: "doc", content }, DOCUMENT_FIELD);

describe("documents: version comparison (block-aware word diff)", () => {
  it("keeps unchanged blocks and marks words inserted and deleted inside a changed block", () => {
    const result = compareDocuments(ydoc(heading(1, "Screening"), paragraph("De inspectie bezoekt de kassen in mei.")), ydoc(heading(1, "Screening"), paragraph("De arbeidsinspectie bezoekt de kassen in juni.")));
    expect(result.blocks[0]).to.deep.equal({ kind: "heading", level: 1, change: "equal", segments: [{ change: "equal", text: "Screening" }] });
    const changed = result.blocks[1]!;
    expect(changed.change).to.equal("modify");
    expect(changed.segments.filter((s) => s.change === "delete").map((s) => s.text)).to.deep.equal(["inspectie", "mei"]);
    expect(changed.segments.filter((s) => s.change === "insert").map((s) => s.text)).to.deep.equal(["arbeidsinspectie", "juni"]);
    // The old text and the new text can both be read back from the segments.
    expect(changed.segments.filter((s) => s.change !== "insert").map((s) => s.text).join("")).to.equal("De inspectie bezoekt de kassen in mei.");
    expect(changed.segments.filter((s) => s.change !== "delete").map((s) => s.text).join("")).to.equal("De arbeidsinspectie bezoekt de kassen in juni.");
    expect(result).to.include({ insertedWords: 2, deletedWords: 2 });
  });

  it("joins changes separated only by a space into one deletion and one insertion", () => {
    const result = compareDocuments(ydoc(paragraph("The inspection visits the greenhouses.")), ydoc(paragraph("The labour inspectorate visits the greenhouses.")));
    expect(result.blocks[0]!.segments).to.deep.equal([
      { change: "equal", text: "The " },
      { change: "delete", text: "inspection" },
      { change: "insert", text: "labour inspectorate" },
      { change: "equal", text: " visits the greenhouses." },
    ]);
    expect(result).to.include({ insertedWords: 2, deletedWords: 1 });
  });

  it("shows whole blocks added and removed, and keeps what a block is (list item, heading level)", () => {
    const result = compareDocuments(ydoc(paragraph("Eerste"), paragraph("Weg ermee"), bullets("een")), ydoc(paragraph("Eerste"), bullets("een", "twee drie"), heading(2, "Nieuw")));
    expect(result.blocks.map((b) => [b.kind, b.level, b.change])).to.deep.equal([
      ["paragraph", null, "equal"],
      ["paragraph", null, "delete"],
      ["listItem", null, "equal"],
      ["listItem", null, "insert"],
      ["heading", 2, "insert"],
    ]);
    expect(result).to.include({ insertedWords: 3, deletedWords: 2 });
  });

  it("compares identical texts as no change, and an empty text with a full one as all inserted", () => {
    expect(compareDocuments(ydoc(paragraph("Zelfde")), ydoc(paragraph("Zelfde")))).to.include({ insertedWords: 0, deletedWords: 0 });
    const fromEmpty = compareDocuments(ydoc(paragraph("")), ydoc(paragraph("Alles nieuw hier")));
    expect(fromEmpty.insertedWords).to.equal(3);
    expect(fromEmpty.deletedWords).to.equal(0);
  });

  it("shows a block rewritten beyond the word-edit limit as deleted and inserted whole", () => {
    const words = (prefix: string) => Array.from({ length: 1_100 }, (_, i) => `${prefix}${i}`).join(" ");
    const result = compareDocuments(ydoc(paragraph(words("a"))), ydoc(paragraph(words("b"))));
    expect(result.blocks.map((b) => b.change)).to.deep.equal(["delete", "insert"]);
    expect(result).to.include({ insertedWords: 1_100, deletedWords: 1_100 });
  });
});
