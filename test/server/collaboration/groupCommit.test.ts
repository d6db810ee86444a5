import { expect } from "chai";
import mongoose from "mongoose";
import * as Y from "yjs";
import { documentStore } from "../../../server/collaboration/documentStore";
import { GroupCommit, type UpdateRow } from "../../../server/collaboration/groupCommit";
import { documentPlainText } from "../../../server/documents/documentText";
import { DocumentUpdate } from "../../../server/models/DocumentUpdate";
import type { DocAck } from "../../../shared/events";
import { DOCUMENT_FIELD } from "../../../shared/editor/extensions";
import { createDocument, signedInAs } from "../../support/documentFactories";
import { startTestServer, type TestServer } from "../../support/testServer";
import { eventually, YClient } from "../../support/yClient";
import { paragraphUpdate } from "../../support/paragraphUpdates";

const newId = () => new mongoose.Types.ObjectId().toHexString();
const storedRows = (documentId: string) => DocumentUpdate.countDocuments({ documentId: new mongoose.Types.ObjectId(documentId) });

describe("collaboration: group commit across documents", () => {
  let server: TestServer;
  const clients: YClient[] = [];
  before(async () => (server = await startTestServer()));
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  after(() => server.stop());

  it("stores the rows of many documents handed in during one turn in one write, and resolves each only after it", async () => {
    const writes: UpdateRow[][] = [];
    let written = false;
    const group = new GroupCommit<UpdateRow>(async (rows) => {
      writes.push(rows);
      await documentStore.appendRows(rows);
      written = true;
    });
    const ids = Array.from({ length: 20 }, newId);
    const stored = await Promise.all(
      ids.map((documentId, i) =>
        group.store({ documentId, row: 1, seq: 1, update: paragraphUpdate(`document ${i}`), userId: null }).then(async () => {
          // Resolved: the write is done and the row is there.
          expect(written).to.equal(true);
          return storedRows(documentId);
        }),
      ),
    );
    expect(writes).to.have.length(1);
    expect(writes[0]!.map((row) => row.documentId)).to.deep.equal(ids);
    expect(stored).to.deep.equal(ids.map(() => 1));
    const loaded = await documentStore.load(ids[7]!);
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, loaded.state);
    expect(documentPlainText(ydoc)).to.equal("document 7");
  });

  it("rejects every row of a failed write, and the next group is written on its own", async () => {
    const [a, b, c] = [newId(), newId(), newId()];
    await documentStore.append(b, [{ seq: 1, update: paragraphUpdate("already"), userId: null }]);
    const group = new GroupCommit<UpdateRow>((rows) => documentStore.appendRows(rows));
    // b's row 1 is taken: the insert fails (duplicate key), so none of the three may be acknowledged.
    const results = await Promise.allSettled([a, b, c].map((documentId) => group.store({ documentId, row: 1, seq: 1, update: paragraphUpdate(documentId), userId: null })));
    expect(results.map((r) => r.status)).to.deep.equal(["rejected", "rejected", "rejected"]);
    // Ordered: what follows the failing row was not written at all.
    expect(await storedRows(c)).to.equal(0);
    await group.store({ documentId: c, row: 1, seq: 2, update: paragraphUpdate("later"), userId: null });
    expect(await storedRows(c)).to.equal(1);
  });

  it("keeps at most two writes in flight; rows arriving meanwhile wait and go together in the next", async () => {
    const writes: number[] = [];
    const gates: Array<() => void> = [];
    const group = new GroupCommit<UpdateRow>(
      async (rows) => {
        writes.push(rows.length);
        await new Promise<void>((resolve) => gates.push(resolve));
      },
      2,
      0,
    );
    const row = (i: number): UpdateRow => ({ documentId: newId(), row: 1, seq: 1, update: new Uint8Array([i]), userId: null });
    const first = group.store(row(1));
    await eventually(() => writes.length === 1, "the first write starts");
    const second = group.store(row(2));
    await eventually(() => writes.length === 2, "the second write starts");
    const later = [3, 4, 5].map((i) => group.store(row(i)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).to.deep.equal([1, 1]);
    gates[0]!();
    await first;
    await eventually(() => writes.length === 3, "the waiting rows go in one write");
    expect(writes[2]).to.equal(3);
    gates[1]!();
    gates[2]!();
    await Promise.all([second, ...later]);
  });

  it("writes a row at once after a quiet spell, and holds rows that follow a write until the spacing has passed, to write them together", async () => {
    const writes: number[] = [];
    const group = new GroupCommit<UpdateRow>(async (rows) => void writes.push(rows.length), 2, 300);
    const row = (i: number): UpdateRow => ({ documentId: newId(), row: 1, seq: 1, update: new Uint8Array([i]), userId: null });
    const first = group.store(row(1));
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).to.deep.equal([1]);
    await first;
    const later = [2, 3, 4].map((i) => group.store(row(i)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes, "nothing more is written within the spacing").to.deep.equal([1]);
    await Promise.all(later);
    expect(writes).to.deep.equal([1, 3]);
  });

  it("acknowledges editors of several documents only once the write carrying their update is done, and a failed write nacks them all", async () => {
    const { http } = await signedInAs(server);
    const ids = [await createDocument(http), await createDocument(http), await createDocument(http)];
    for (const id of ids) clients.push(await YClient.open(http, server.url, id));

    const original = documentStore.appendRows;
    const held: Array<{ rows: UpdateRow[]; release(error?: Error): void }> = [];
    /** Documents whose row a write carried that has finished (stored or failed). */
    const written = new Set<string>();
    documentStore.appendRows = (rows) =>
      new Promise<void>((resolve, reject) =>
        held.push({
          rows,
          release: (error) => {
            const done = error ? Promise.reject(error) : original(rows);
            void done.finally(() => rows.forEach((row) => written.add(row.documentId))).then(resolve, reject);
          },
        }),
      );
    /** Sends one update per document; each ack is checked to come after the write carrying its row. */
    const round = (label: string, error?: Error) => {
      written.clear();
      let pending = clients.length;
      const acks = clients.map((client, i) =>
        client.sendUpdate(paragraphUpdate(`${label} ${i}`)).then((ack: DocAck) => {
          expect(written.has(ids[i]!), `document ${i} acknowledged before its write finished`).to.equal(true);
          pending--;
          return ack;
        }),
      );
      // Release the writes as they come (at most two are in flight; the rest wait for them).
      const drain = (async () => {
        while (pending > 0) {
          await eventually(() => held.length > 0 || pending === 0, "a write to release");
          held.splice(0).forEach((write) => write.release(error));
        }
      })();
      return Promise.all([Promise.all(acks), drain]).then(([results]) => results);
    };
    try {
      expect(await round("stored")).to.deep.equal(ids.map(() => ({ ok: true })));
      for (const id of ids) expect(await storedRows(id)).to.equal(1);

      expect(await round("lost", new Error("the disk is gone"))).to.deep.equal(ids.map(() => ({ ok: false, code: "store_failed" })));
      await eventually(() => clients.every((client) => client.closedWith === "store_failed"), "every editor is told");
      for (const id of ids) expect(await storedRows(id)).to.equal(1);
    } finally {
      documentStore.appendRows = original;
    }
  });
});
