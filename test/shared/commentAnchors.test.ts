import { expect } from "chai";
import * as Y from "yjs";
import { blockIndex, decodePosition, makeAnchor, placeAnchor } from "../../shared/commentAnchors";

const paragraph = (text: string) => {
  const element = new Y.XmlElement("paragraph");
  element.insert(0, [new Y.XmlText(text)]);
  return element;
};
const textOf = (fragment: Y.XmlFragment) => fragment.toArray().map((block) => ((block as Y.XmlElement).firstChild as Y.XmlText | null)?.toString() ?? "");

/** A document of paragraphs and an anchor on `quote` inside paragraph `index`. */
function setup(texts: string[], index: number, quote: string) {
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment("default");
  fragment.insert(0, texts.map(paragraph));
  const text = (fragment.get(index) as Y.XmlElement).firstChild as Y.XmlText;
  const at = text.toString().indexOf(quote);
  const anchor = makeAnchor(fragment, Y.createRelativePositionFromTypeIndex(text, at), Y.createRelativePositionFromTypeIndex(text, at + quote.length, -1), index, quote);
  return { ydoc, fragment, anchor };
}

/** What y-prosemirror gives for the range, here the offsets inside the paragraph's text (null when a position cannot be resolved). */
function range(ydoc: Y.Doc, anchor: { from: string; to: string }) {
  const from = Y.createAbsolutePositionFromRelativePosition(decodePosition(anchor.from), ydoc);
  const to = Y.createAbsolutePositionFromRelativePosition(decodePosition(anchor.to), ydoc);
  return from && to ? { from: from.index, to: to.index } : null;
}

const place = (ydoc: Y.Doc, fragment: Y.XmlFragment, anchor: ReturnType<typeof setup>["anchor"]) => placeAnchor({ ydoc, anchor, range: range(ydoc, anchor), blocks: textOf(fragment) });

describe("shared/commentAnchors", () => {
  it("keeps the range through a concurrent edit before it", () => {
    const { ydoc, fragment, anchor } = setup(["Context", "Inspecteurs melden binnen 24 uur aan de politie."], 1, "binnen 24 uur");
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
    (((other.getXmlFragment("default").get(1) as Y.XmlElement).firstChild) as Y.XmlText).insert(0, "Alle ");
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(other));
    const placed = place(ydoc, fragment, anchor);
    expect(placed.kind).to.equal("range");
    const text = textOf(fragment)[1]!;
    if (placed.kind === "range") expect(text.slice(placed.from, placed.to)).to.equal("binnen 24 uur");
  });

  it("falls back to the nearest block holding the quote when a split re-creates the paragraph (y-prosemirror#44)", () => {
    const { ydoc, fragment, anchor } = setup(["Context", "Eerste zin. Inspecteurs melden binnen 24 uur.", "Slot"], 1, "binnen 24 uur");
    // What y-prosemirror does when it cannot match the old paragraph: delete it, insert the two halves anew.
    ydoc.transact(() => {
      fragment.delete(1, 1);
      fragment.insert(1, [paragraph("Eerste zin."), paragraph("Inspecteurs melden binnen 24 uur.")]);
    });
    expect(range(ydoc, anchor), "the positions point into the deleted paragraph").to.equal(null);
    expect(place(ydoc, fragment, anchor)).to.deep.equal({ kind: "block", index: 2 });
  });

  it("falls back to the joined block when two paragraphs are joined", () => {
    const { ydoc, fragment, anchor } = setup(["Context", "Eerste zin.", "Inspecteurs melden binnen 24 uur."], 2, "binnen 24 uur");
    ydoc.transact(() => {
      fragment.delete(1, 2);
      fragment.insert(1, [paragraph("Eerste zin. Inspecteurs melden binnen 24 uur.")]);
    });
    expect(place(ydoc, fragment, anchor)).to.deep.equal({ kind: "block", index: 1 });
  });

  it("says 'on removed text' when the words were deleted, and keeps the block position resolvable", () => {
    const { ydoc, fragment, anchor } = setup(["Context", "Inspecteurs melden binnen 24 uur aan de politie."], 1, "binnen 24 uur");
    const text = (fragment.get(1) as Y.XmlElement).firstChild as Y.XmlText;
    text.delete(19, "binnen 24 uur ".length);
    expect(place(ydoc, fragment, anchor)).to.deep.equal({ kind: "removed" });
    fragment.delete(1, 1);
    expect(place(ydoc, fragment, anchor)).to.deep.equal({ kind: "removed" });
    expect(blockIndex(ydoc, anchor.block)).to.equal(1);
  });
});
