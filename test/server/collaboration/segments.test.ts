import { expect } from "chai";
import mongoose from "mongoose";
import * as Y from "yjs";
import { createCollaborationHub } from "../../../server/collaboration";
import { documentStore, toBytes } from "../../../server/collaboration/documentStore";
import { RowSweeper } from "../../../server/collaboration/rowSweeper";
import { SEGMENT_ROWS, UpdateLog } from "../../../server/collaboration/updateLog";
import { documentPlainText } from "../../../server/documents/documentText";
import { createLogger } from "../../../server/logger";
import { DocumentSegment } from "../../../server/models/DocumentSegment";
import { DocumentSnapshot } from "../../../server/models/DocumentSnapshot";
import { DocumentUpdate } from "../../../server/models/DocumentUpdate";
import { QuarantinedUpdate } from "../../../server/models/QuarantinedUpdate";
import type { GreychairIo } from "../../../server/realtime/socketServer";
import { DOCUMENT_FIELD } from "../../../shared/editor/extensions";
import { throwingUpdate } from "../../support/poisonedUpdates";
import { startTestServer, type TestServer } from "../../support/testServer";
import { eventually } from "../../support/yClient";
import { paragraphUpdate } from "../../support/paragraphUpdates";

const newId = () => new mongoose.Types.ObjectId().toHexString();
const oid = (id: string) => new mongoose.Types.ObjectId(id);
const texts = (count: number, from = 1) => Array.from({ length: count }, (_, i) => `regel ${from + i}`);
const paragraphsOf = (state: Uint8Array) => {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state);
  const text = documentPlainText(ydoc);
  ydoc.destroy();
  return text.split("\n").filter(Boolean).sort();
};
const sorted = (list: string[]) => [...list].sort();
const rowsOf = async (id: string) => (await DocumentUpdate.collection.find({ documentId: oid(id) }).toArray()).map((r) => r._id as unknown as string).sort();
const kindsOf = async (id: string) => (await documentStore.readDocument(id)).rows.map((r) => r.kind);

/** Rows as the server writes them, without their segments (as a crash between the two leaves them). */
async function rowsWithoutSegments(id: string, updates: Uint8Array[], firstSeq = 1) {
  const log = new UpdateLog(id, (await documentStore.readDocument(id)).log.lastRow);
  await documentStore.reserve(id, firstSeq + updates.length);
  await documentStore.appendRows(updates.map((update, i) => log.next(firstSeq + i, update, null).row));
}

describe("collaboration: numbered update rows and segments", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());
  // No sockets join: what the hub relays goes nowhere.
  const nowhere = { emit: () => true, except: () => nowhere };
  const io = { to: () => nowhere } as unknown as GreychairIo;
  const newHub = () => createCollaborationHub(io, createLogger("warn"), { idleUnloadMs: 60_000 });

  it("folds every SEGMENT_ROWS rows into a segment and deletes them; a load reads the segments and the rows after them", async () => {
    const id = newId();
    const lines = texts(2 * SEGMENT_ROWS + 5);
    await documentStore.append(id, lines.map((text, i) => ({ seq: i + 1, update: paragraphUpdate(text), userId: null })));
    expect(await DocumentSegment.countDocuments({ documentId: oid(id) })).to.equal(2);
    expect(await rowsOf(id)).to.deep.equal(sorted([1, 2, 3, 4, 5].map((n) => `${id}:${2 * SEGMENT_ROWS + n}`)));
    expect(await kindsOf(id)).to.deep.equal(["snapshot", "segment", "segment", ...Array(5).fill("update")]);
    const loaded = await documentStore.load(id);
    expect(paragraphsOf(loaded.state)).to.deep.equal(sorted(lines));
    expect(loaded.seq).to.equal(lines.length);
    expect(loaded.pendingUpdates).to.equal(lines.length);
  });

  it("writes rows and segments through the hub, continues the numbering after a reload, and compaction folds rows and segments", async () => {
    const id = newId();
    const hub = newHub();
    const first = texts(SEGMENT_ROWS + 3);
    for (const text of first) await hub.applyServerUpdate(id, paragraphUpdate(text), "editor");
    await eventually(async () => (await DocumentSegment.countDocuments({ documentId: oid(id) })) === 1, "the first segment stored");
    // No compaction (as after a crash): a second hub loads what the first stored.
    const again = newHub();
    const doc = await again.open(id);
    expect(documentPlainText(doc.ydoc).split("\n").sort()).to.deep.equal(sorted(first));
    const second = texts(SEGMENT_ROWS, first.length + 1);
    for (const text of second) await again.applyServerUpdate(id, paragraphUpdate(text), "editor");
    await eventually(async () => (await DocumentSegment.countDocuments({ documentId: oid(id) })) === 2, "the second segment stored");
    // Rows 1…3 of the second segment came from the load, the rest from this hub.
    const segments = await DocumentSegment.find({ documentId: oid(id) }).sort({ toRow: 1 }).lean();
    expect(segments.map((s) => [s.fromRow, s.toRow])).to.deep.equal([
      [1, SEGMENT_ROWS],
      [SEGMENT_ROWS + 1, 2 * SEGMENT_ROWS],
    ]);
    expect(paragraphsOf(toBytes(segments[1]!.update))).to.deep.equal(sorted([...first.slice(SEGMENT_ROWS), ...second.slice(0, SEGMENT_ROWS - 3)]));
    expect(paragraphsOf((await documentStore.load(id)).state)).to.deep.equal(sorted([...first, ...second]));
    // The first hub stands for a server that crashed: it never stores again.
    await again.closeAll();
    const snapshot = await DocumentSnapshot.findById(id).lean();
    expect(snapshot!.row).to.equal(first.length + second.length);
    expect(await DocumentSegment.countDocuments({ documentId: oid(id) })).to.equal(0);
    expect(await rowsOf(id)).to.deep.equal([]);
    expect(paragraphsOf((await documentStore.load(id)).state)).to.deep.equal(sorted([...first, ...second]));
  });

  it("compacts the rows numbered up to the snapshot's row, and keeps one numbered later even when its seqs are folded", async () => {
    const id = newId();
    const updates = texts(SEGMENT_ROWS + 2).map(paragraphUpdate);
    await documentStore.append(id, updates.map((update, i) => ({ seq: i + 1, update, userId: null })));
    // The snapshot covers every seq but only the rows up to SEGMENT_ROWS + 1 (the last row's batch was still waiting).
    const state = (await documentStore.load(id)).state;
    await documentStore.compact(id, state, updates.length, SEGMENT_ROWS + 1);
    expect(await rowsOf(id)).to.deep.equal([`${id}:${SEGMENT_ROWS + 2}`]);
    expect(await DocumentSegment.countDocuments({ documentId: oid(id) })).to.equal(0);
    expect(paragraphsOf((await documentStore.load(id)).state)).to.deep.equal(sorted(texts(SEGMENT_ROWS + 2)));
    // Released (compacted and idle): the load reads the snapshot alone and numbers after that row.
    await documentStore.release(id, updates.length, SEGMENT_ROWS + 2);
    const read = await documentStore.readDocument(id);
    expect(read.rows.map((r) => r.kind)).to.deep.equal(["snapshot"]);
    expect(read.log.lastRow).to.equal(SEGMENT_ROWS + 2);
    await documentStore.append(id, [{ seq: updates.length + 1, update: paragraphUpdate("daarna"), userId: null }]);
    expect(paragraphsOf((await documentStore.load(id)).state)).to.deep.equal(sorted([...texts(SEGMENT_ROWS + 2), "daarna"]));
  });

  it("reads the rows one by one where a segment is missing (a crash between the rows and their segment)", async () => {
    const id = newId();
    const lines = texts(SEGMENT_ROWS + 2);
    await rowsWithoutSegments(id, lines.map(paragraphUpdate));
    expect(await kindsOf(id)).to.deep.equal(["snapshot", ...Array(lines.length).fill("update")]);
    const hub = newHub();
    const doc = await hub.open(id);
    expect(documentPlainText(doc.ydoc).split("\n").sort()).to.deep.equal(sorted(lines));
    // Writing goes on after them; the next segment folds the rows after the boundary it missed.
    for (const text of texts(SEGMENT_ROWS, 100)) await hub.applyServerUpdate(id, paragraphUpdate(text), "editor");
    await eventually(async () => (await DocumentSegment.countDocuments({ documentId: oid(id) })) === 1, "a segment stored");
    const [segment] = await DocumentSegment.find({ documentId: oid(id) }).lean();
    expect([segment!.fromRow, segment!.toRow]).to.deep.equal([SEGMENT_ROWS + 1, 2 * SEGMENT_ROWS]);
    expect(paragraphsOf((await documentStore.load(id)).state)).to.deep.equal(sorted([...lines, ...texts(SEGMENT_ROWS, 100)]));
    await hub.closeAll();
  });

  it("reads past one missing row (a failed write whose successor was stored), and stops after two", async () => {
    const id = newId();
    await rowsWithoutSegments(id, ["een", "twee", "drie", "vier", "vijf", "zes"].map(paragraphUpdate));
    await DocumentUpdate.collection.deleteMany({ _id: { $in: [`${id}:3`, `${id}:5`] as never[] } });
    expect(paragraphsOf((await documentStore.load(id)).state)).to.deep.equal(sorted(["een", "twee", "vier", "zes"]));
    await DocumentUpdate.collection.deleteMany({ _id: { $in: [`${id}:4`] as never[] } });
    expect(paragraphsOf((await documentStore.load(id)).state)).to.deep.equal(sorted(["een", "twee"]));
  });

  it("finds a segment stored, and its rows deleted, while the rows were being read", async () => {
    const id = newId();
    const lines = texts(SEGMENT_ROWS + 1);
    const updates = lines.map(paragraphUpdate);
    await rowsWithoutSegments(id, updates);
    const original = DocumentUpdate.collection.findOne.bind(DocumentUpdate.collection);
    let swept = false;
    // The first lookup of a row beyond the first ones: the segment lands and its rows go first.
    DocumentUpdate.collection.findOne = (async (filter: { _id: string }) => {
      if (!swept && filter._id === `${id}:3`) {
        swept = true;
        const merged = Y.mergeUpdates(updates.slice(0, SEGMENT_ROWS));
        await documentStore.appendSegments([{ documentId: id, fromRow: 1, toRow: SEGMENT_ROWS, seq: SEGMENT_ROWS, update: merged }]);
        await documentStore.sweep([{ documentId: id, fromRow: 1, toRow: SEGMENT_ROWS, seq: SEGMENT_ROWS, update: merged }]);
      }
      return original(filter as never);
    }) as typeof DocumentUpdate.collection.findOne;
    try {
      expect(paragraphsOf((await documentStore.load(id)).state)).to.deep.equal(sorted(lines));
    } finally {
      DocumentUpdate.collection.findOne = original;
    }
    expect(swept).to.equal(true);
  });

  it("reads documents stored before row numbers by query, and compacts them at load so they are numbered", async () => {
    const id = newId();
    const old = ["oud een", "oud twee", "oud drie"];
    await DocumentSnapshot.collection.insertOne({ _id: oid(id), seq: 0, state: Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())), at: new Date(), reservedSeq: 1000 });
    await DocumentUpdate.collection.insertMany(old.map((text, i) => ({ _id: new mongoose.Types.ObjectId(), documentId: oid(id), seq: i + 1, update: Buffer.from(paragraphUpdate(text)), userId: null, at: new Date() })));
    const hub = newHub();
    const doc = await hub.open(id);
    expect(documentPlainText(doc.ydoc).split("\n").sort()).to.deep.equal(sorted(old));
    await eventually(async () => (await DocumentSnapshot.findById(id).lean())?.row === 0, "compacted and numbered");
    // The snapshot is written first, then the rows it folds are deleted.
    await eventually(async () => (await rowsOf(id)).length === 0, "the old rows deleted");
    await hub.applyServerUpdate(id, paragraphUpdate("nieuw"), "editor");
    await doc.settled();
    expect(await rowsOf(id)).to.deep.equal([`${id}:1`]);
    expect(await kindsOf(id)).to.deep.equal(["snapshot", "update"]);
    expect(paragraphsOf((await documentStore.load(id)).state)).to.deep.equal(sorted([...old, "nieuw"]));
    await hub.closeAll();
  });

  it("reads the segments too under a snapshot from before row numbers (rows written since may already be folded)", async () => {
    const id = newId();
    await DocumentSnapshot.collection.insertOne({ _id: oid(id), seq: 0, state: Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())), at: new Date(), reservedSeq: 1000 });
    await DocumentUpdate.collection.insertOne({ _id: new mongoose.Types.ObjectId(), documentId: oid(id), seq: 1, update: Buffer.from(paragraphUpdate("oud")), userId: null, at: new Date() });
    const lines = texts(SEGMENT_ROWS + 1, 2);
    await documentStore.append(id, lines.map((text, i) => ({ seq: i + 2, update: paragraphUpdate(text), userId: null })));
    expect(await DocumentSegment.countDocuments({ documentId: oid(id) })).to.equal(1);
    const read = await documentStore.readDocument(id);
    expect(read.numbered).to.equal(false);
    expect(read.log.lastRow).to.equal(SEGMENT_ROWS + 1);
    expect(paragraphsOf((await documentStore.load(id)).state)).to.deep.equal(sorted(["oud", ...lines]));
  });

  it("reads a segment that cannot be applied again as its rows, and quarantines only the row at fault", async () => {
    const id = newId();
    const lines = texts(SEGMENT_ROWS);
    const updates = lines.map(paragraphUpdate);
    updates[4] = throwingUpdate();
    await rowsWithoutSegments(id, updates);
    await documentStore.appendSegments([{ documentId: id, fromRow: 1, toRow: SEGMENT_ROWS, seq: SEGMENT_ROWS, update: throwingUpdate() }]);
    const hub = newHub();
    const doc = await hub.open(id);
    expect(documentPlainText(doc.ydoc).split("\n").sort()).to.deep.equal(sorted(lines.filter((_, i) => i !== 4)));
    const quarantined = await QuarantinedUpdate.find({ documentId: oid(id) }).lean();
    expect(quarantined.map((q) => [q.kind, q.seq])).to.deep.equal([["update", 5]]);
    await hub.closeAll();
    expect(await DocumentSegment.countDocuments({ documentId: oid(id) })).to.equal(0);
  });

  it("quarantines a segment that cannot be applied once its rows are gone, and loads the rest", async () => {
    const id = newId();
    await rowsWithoutSegments(id, [...texts(SEGMENT_ROWS), "daarna"].map(paragraphUpdate));
    const segment = { documentId: id, fromRow: 1, toRow: SEGMENT_ROWS, seq: SEGMENT_ROWS, update: throwingUpdate() };
    await documentStore.appendSegments([segment]);
    await documentStore.sweep([segment]);
    const hub = newHub();
    const doc = await hub.open(id);
    expect(documentPlainText(doc.ydoc)).to.equal("daarna");
    const quarantined = await QuarantinedUpdate.find({ documentId: oid(id) }).lean();
    expect(quarantined.map((q) => [q.kind, q.seq])).to.deep.equal([["update", SEGMENT_ROWS]]);
    expect(quarantined[0]!.error).to.match(new RegExp(`^rows 1–${SEGMENT_ROWS} merged: `));
    await hub.closeAll();
  });

  it("leaves a segment's rows when a segment with its end was there already (stored before a reload)", async () => {
    const id = newId();
    await rowsWithoutSegments(id, texts(SEGMENT_ROWS).map(paragraphUpdate));
    const segment = { documentId: id, fromRow: 1, toRow: SEGMENT_ROWS, seq: SEGMENT_ROWS, update: Y.mergeUpdates(texts(SEGMENT_ROWS).map(paragraphUpdate)) };
    expect(await documentStore.appendSegments([segment])).to.equal(true);
    expect(await documentStore.appendSegments([segment])).to.equal(false);
  });

  it("sweeps what stored segments fold in one delete after a while, and a failed sweep leaves the rows", async () => {
    const sweeps: number[] = [];
    let fail = true;
    const sweeper = new RowSweeper(async (segments) => {
      sweeps.push(segments.length);
      if (fail) throw new Error("database gone");
    }, 10);
    const segment = (toRow: number) => ({ documentId: newId(), fromRow: toRow - SEGMENT_ROWS + 1, toRow, seq: toRow, update: new Uint8Array() });
    sweeper.add([segment(SEGMENT_ROWS)]);
    sweeper.add([segment(SEGMENT_ROWS), segment(2 * SEGMENT_ROWS)]);
    await eventually(() => sweeps.length === 1, "one sweep");
    expect(sweeps).to.deep.equal([3]);
    fail = false;
    sweeper.add([segment(SEGMENT_ROWS)]);
    await sweeper.flush();
    expect(sweeps).to.deep.equal([3, 1]);
  });

  it("deletes the segments under the snapshots of several documents in one sweep; rows under a snapshot wait for their own segment, and no load reads them", async () => {
    const [a, b] = [newId(), newId()];
    for (const id of [a, b]) await documentStore.append(id, texts(SEGMENT_ROWS + 3).map((text, i) => ({ seq: i + 1, update: paragraphUpdate(text), userId: null })));
    const state = (id: string) => documentStore.load(id).then((loaded) => loaded.state);
    // Snapshots up to row SEGMENT_ROWS + 1 of a, and row SEGMENT_ROWS of b, written without deleting anything yet.
    await documentStore.writeSnapshot(a, await state(a), SEGMENT_ROWS + 1, SEGMENT_ROWS + 1);
    await documentStore.writeSnapshot(b, await state(b), SEGMENT_ROWS, SEGMENT_ROWS);
    expect(await DocumentSegment.countDocuments({ documentId: { $in: [oid(a), oid(b)] } })).to.equal(2);
    const sweeps: number[] = [];
    const sweeper = new RowSweeper(async (segments, folds) => {
      sweeps.push(folds.length);
      await documentStore.sweep(segments, folds);
    }, 10);
    sweeper.fold({ documentId: a, seq: SEGMENT_ROWS + 1, row: SEGMENT_ROWS + 1 });
    sweeper.fold({ documentId: b, seq: SEGMENT_ROWS, row: SEGMENT_ROWS });
    await eventually(() => sweeps.length === 1, "one sweep");
    expect(sweeps).to.deep.equal([2]);
    expect(await DocumentSegment.countDocuments({ documentId: { $in: [oid(a), oid(b)] } })).to.equal(0);
    // Row SEGMENT_ROWS + 1 of a lies under its snapshot: it stays until its segment is swept (or the document is compacted at leave).
    const after = (id: string) => [1, 2, 3].map((i) => `${id}:${SEGMENT_ROWS + i}`).sort();
    expect(await rowsOf(a)).to.deep.equal(after(a));
    expect(await rowsOf(b)).to.deep.equal(after(b));
    for (const id of [a, b]) expect(paragraphsOf(await state(id))).to.deep.equal(sorted(texts(SEGMENT_ROWS + 3)));
    // Compacting at once (leave, shutdown) deletes the rows under the snapshot too.
    await documentStore.compact(a, await state(a), SEGMENT_ROWS + 1, SEGMENT_ROWS + 1);
    expect(await rowsOf(a)).to.deep.equal([`${a}:${SEGMENT_ROWS + 2}`, `${a}:${SEGMENT_ROWS + 3}`]);
  });
});
