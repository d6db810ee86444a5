import { expect } from "chai";
import * as Y from "yjs";
import { integratesWhole } from "../../../server/collaboration/plainUpdate";
import { TrialReplica } from "../../../server/collaboration/trialReplica";
import { DOCUMENT_FIELD } from "../../../shared/editor/extensions";
import { incompleteUpdate, throwingUpdate } from "../../support/poisonedUpdates";

/** The update a change to `doc` makes, as an editor would send it. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  let update: Uint8Array | undefined;
  const keep = (u: Uint8Array) => (update = update ? Y.mergeUpdates([update, u]) : u);
  doc.on("update", keep);
  change();
  doc.off("update", keep);
  return update ?? Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc));
}

/** An editor's copy of the document with one paragraph of text. */
function editorWith(text: string, server?: Y.Doc): { doc: Y.Doc; paragraph: Y.XmlText } {
  const doc = new Y.Doc();
  if (server) Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
  if (fragment.length === 0) {
    const element = new Y.XmlElement("paragraph");
    element.insert(0, [new Y.XmlText(text)]);
    fragment.insert(0, [element]);
  }
  return { doc, paragraph: (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText };
}

const verdict = (server: Y.Doc, update: Uint8Array) => integratesWhole(Y.decodeUpdate(update), server);

/** What the trial on a copy says (null: integrates whole), without touching `server`. */
function trialOf(server: Y.Doc, update: Uint8Array): string | null {
  const trial = new TrialReplica(server);
  try {
    return trial.try(update)?.kind ?? null;
  } finally {
    trial.destroy();
  }
}

describe("collaboration: updates certain to integrate whole", () => {
  it("takes an editor's keystrokes, paste, deletion and formatting on a document it is in sync with", () => {
    const server = new Y.Doc();
    const first = editorWith("Begin");
    Y.applyUpdate(server, Y.encodeStateAsUpdate(first.doc));
    const other = editorWith("", server);
    const changes: Array<() => void> = [
      () => first.paragraph.insert(5, "n"),
      () => other.paragraph.insert(0, "Zo "),
      () => first.paragraph.insert(first.paragraph.length, " een heel stuk geplakte tekst met meerdere woorden"),
      () => other.paragraph.delete(2, 4),
      () => first.paragraph.format(0, 3, { bold: true }),
      () => other.doc.getXmlFragment(DOCUMENT_FIELD).insert(1, [new Y.XmlElement("heading")]),
    ];
    for (const [i, change] of changes.entries()) {
      const editor = i % 2 === 0 ? first : other;
      // The editor has everything the server has, as after a sync.
      Y.applyUpdate(editor.doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(editor.doc)));
      const update = updateOf(editor.doc, change);
      expect(verdict(server, update), `change ${i}`).to.equal(true);
      Y.applyUpdate(server, update);
    }
  });

  it("leaves to the trial what it cannot be sure of: gaps, overlaps, unknown references, two blocks of a client, poisoned updates", () => {
    const server = new Y.Doc();
    const editor = editorWith("Tekst");
    Y.applyUpdate(server, Y.encodeStateAsUpdate(editor.doc));
    const first = updateOf(editor.doc, () => editor.paragraph.insert(0, "a"));
    const second = updateOf(editor.doc, () => editor.paragraph.insert(0, "b"));
    // A gap: the second keystroke before the first.
    expect(verdict(server, second)).to.equal(false);
    expect(trialOf(server, second)).to.equal("incomplete");
    // An overlap: something the server already has.
    Y.applyUpdate(server, first);
    expect(verdict(server, first)).to.equal(false);
    // Another client's change that depends on a change the server has not seen.
    const behind = editorWith("", server);
    Y.applyUpdate(behind.doc, second);
    const dependent = updateOf(behind.doc, () => behind.paragraph.insert(1, "c"));
    expect(verdict(server, dependent)).to.equal(false);
    // A deletion of what the server does not have yet.
    const deletion = updateOf(behind.doc, () => behind.paragraph.delete(0, 1));
    expect(verdict(server, deletion)).to.equal(false);
    // Two merged changes of two clients (one refers to the other): tried, not taken blindly.
    expect(verdict(server, Y.mergeUpdates([second, dependent]))).to.equal(false);
    // The same client in two blocks.
    const twice = new Uint8Array([...concatBlocks(second, second)]);
    expect(() => Y.decodeUpdate(twice)).to.not.throw();
    expect(verdict(server, twice)).to.equal(false);
    // Hand-made poison.
    expect(verdict(server, throwingUpdate())).to.equal(false);
    expect(verdict(server, incompleteUpdate())).to.equal(false);
  });

  it("never says yes to an update the trial refuses, over two thousand random edits, resyncs and damaged updates", () => {
    let seed = 20_261_202;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
    const server = new Y.Doc();
    const editors = Array.from({ length: 4 }, () => editorWith("", server));
    Y.applyUpdate(server, Y.encodeStateAsUpdate(editorWith("Start").doc));
    let taken = 0;
    let refusedByTrial = 0;
    for (let step = 0; step < 2_000; step++) {
      const index = Math.floor(random() * editors.length);
      const editor = editors[index]!;
      // Most edits are made in sync; some editors work on from a stale copy.
      if (random() < 0.7) Y.applyUpdate(editor.doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(editor.doc)));
      const length = editor.paragraph.length;
      let update = updateOf(editor.doc, () => {
        const r = random();
        if (r < 0.5 || length === 0) editor.paragraph.insert(Math.floor(random() * (length + 1)), pick(["a", "bc", "de f", "€", "😀"]));
        else if (r < 0.8) editor.paragraph.delete(Math.floor(random() * length), 1 + Math.floor(random() * Math.min(3, length)));
        else if (r < 0.9) editor.paragraph.format(0, Math.max(1, Math.floor(random() * length)), { italic: random() < 0.5 ? true : null });
        else editor.doc.getXmlFragment(DOCUMENT_FIELD).insert(editor.doc.getXmlFragment(DOCUMENT_FIELD).length, [new Y.XmlElement("paragraph")]);
      });
      // Some updates arrive damaged, merged with another editor's, or twice.
      const r = random();
      if (r < 0.2) update = damaged(update, random);
      else if (r < 0.25) update = Y.mergeUpdates([update, Y.encodeStateAsUpdate(pick(editors).doc)]);
      let decoded;
      try {
        decoded = Y.decodeUpdate(update);
      } catch {
        continue; // refused before any of this (invalid_message)
      }
      const sure = integratesWhole(decoded, server);
      const problem = trialOf(server, update);
      if (sure) {
        expect(problem, `step ${step}: said whole, the trial said ${problem}`).to.equal(null);
        taken++;
      }
      if (problem === null) Y.applyUpdate(server, update);
      else {
        refusedByTrial++;
        // A refused editor starts again from the server's copy, as the page does after a resync.
        editors[index] = editorWith("", server);
      }
    }
    // The check is of use (most plain edits are taken), and the run did meet refusals.
    expect(taken).to.be.above(500);
    expect(refusedByTrial).to.be.above(50);
  });
});

/** Two updates' struct blocks in one update (the first's delete set dropped): "the same client twice" when both are one client's. */
function concatBlocks(a: Uint8Array, b: Uint8Array): Uint8Array {
  // v1: varuint number of client blocks, the blocks, then the delete set. Single-block updates with
  // an empty delete set end in one 0 byte.
  const body = (u: Uint8Array) => u.subarray(1, u.length - 1);
  return new Uint8Array([2, ...body(a), ...body(b), 0]);
}

/** A copy of the update with one byte changed. */
function damaged(update: Uint8Array, random: () => number): Uint8Array {
  const copy = update.slice();
  const at = Math.floor(random() * copy.length);
  copy[at] = (copy[at]! + 1 + Math.floor(random() * 255)) % 256;
  return copy;
}
