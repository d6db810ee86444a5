import { expect } from "chai";
import * as Y from "yjs";
import { buildStoredDocument, type StoredRow } from "../../../server/collaboration/storedDocument";
import { TrialReplica } from "../../../server/collaboration/trialReplica";
import { documentPlainText } from "../../../server/documents/documentText";
import { DOCUMENT_FIELD } from "../../../shared/editor/extensions";
import { incompleteUpdate, POISON_TEXT, throwingUpdate } from "../../support/poisonedUpdates";

/** A document's history as rows: each call adds a paragraph as one update row. */
function history() {
  const doc = new Y.Doc();
  const rows: StoredRow[] = [];
  return {
    doc,
    rows,
    add(text: string, kind: StoredRow["kind"] = "update") {
      const before = Y.encodeStateVector(doc);
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(text)]);
      doc.getXmlFragment(DOCUMENT_FIELD).push([paragraph]);
      rows.push(row(kind, rows.length + 1, kind === "snapshot" ? Y.encodeStateAsUpdate(doc) : Y.encodeStateAsUpdate(doc, before)));
    },
  };
}
const row = (kind: StoredRow["kind"], seq: number, bytes: Uint8Array): StoredRow => ({ kind, seq, bytes, userId: null, at: null });

describe("collaboration: building a document from stored rows", () => {
  it("applies sound rows as they are", () => {
    const h = history();
    h.add("een", "snapshot");
    h.add("twee");
    h.add("drie");
    const { ydoc, rejected } = buildStoredDocument(h.rows);
    expect(documentPlainText(ydoc)).to.equal("een\ntwee\ndrie");
    expect(rejected).to.deep.equal([]);
    expect(buildStoredDocument([]).rejected).to.deep.equal([]);
  });

  it("leaves out a row that throws, and garbage, and keeps every other row", () => {
    const h = history();
    h.add("een", "snapshot");
    h.add("twee");
    h.rows.push(row("update", 3, throwingUpdate()), row("update", 4, new Uint8Array([0, 9, 9, 9])));
    h.add("vijf");
    const { ydoc, rejected } = buildStoredDocument(h.rows);
    expect(documentPlainText(ydoc)).to.equal("een\ntwee\nvijf");
    expect(rejected.map((r) => [r.kind, r.seq])).to.deep.equal([["update", 3], ["update", 4]]);
    expect(rejected[0]!.bytes).to.deep.equal(throwingUpdate());
    expect(rejected[0]!.error).to.match(/Error/);
  });

  it("leaves out a snapshot that throws, and keeps the updates after it", () => {
    const h = history();
    h.add("een");
    const rows = [row("snapshot", 1, throwingUpdate()), ...h.rows.map((r) => ({ ...r, seq: 2 }))];
    const { ydoc, rejected } = buildStoredDocument(rows);
    expect(documentPlainText(ydoc)).to.equal("een");
    expect(rejected.map((r) => r.kind)).to.deep.equal(["snapshot"]);
  });

  it("takes out structs that wait for changes never stored, so they cannot come to life later", () => {
    const h = history();
    h.add("een", "snapshot");
    h.rows.push(row("update", 2, incompleteUpdate()));
    const { ydoc, rejected } = buildStoredDocument(h.rows);
    expect(ydoc.store.pendingStructs).to.equal(null);
    expect(ydoc.store.pendingDs).to.equal(null);
    expect(rejected.map((r) => [r.kind, r.seq])).to.deep.equal([["pending", 2]]);
    expect(Y.decodeUpdate(rejected[0]!.bytes).structs).to.have.length(1);
    expect(documentPlainText(ydoc)).to.equal("een");
  });
});

describe("collaboration: trying updates on a copy", () => {
  it("refuses an update that throws half-way, and the real document never sees its first half", () => {
    const real = new Y.Doc();
    const trial = new TrialReplica(real);
    expect(trial.try(throwingUpdate())?.kind).to.equal("invalid");
    expect(documentPlainText(real)).to.equal("");
    // Applied directly, the same update leaves its first half behind: this is what the copy is for.
    const direct = new Y.Doc();
    expect(() => Y.applyUpdate(direct, throwingUpdate())).to.throw();
    expect(documentPlainText(direct)).to.equal(POISON_TEXT);
    // The copy was rebuilt: the next sound update passes.
    const h = history();
    h.add("goed");
    expect(trial.try(h.rows[0]!.bytes)).to.equal(null);
  });

  it("refuses an update that leaves structs pending, unless told to allow it", () => {
    const trial = new TrialReplica(new Y.Doc());
    expect(trial.try(incompleteUpdate())?.kind).to.equal("incomplete");
    expect(trial.try(incompleteUpdate(), { allowIncomplete: true })).to.equal(null);
  });
});
