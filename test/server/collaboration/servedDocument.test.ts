import { expect } from "chai";
import { ServedDocument } from "../../../server/collaboration/servedDocument";
import type { StoredEntry } from "../../../server/collaboration/types";
import { eventually } from "../../support/yClient";

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("collaboration: a served document's storage queue", () => {
  it("has one batch stored at a time: updates arriving meanwhile wait and go as the next batch, in order", async () => {
    const doc = new ServedDocument("a");
    const batches: number[][] = [];
    const gates: Array<() => void> = [];
    const store = async (entries: StoredEntry[]) => {
      batches.push(entries.map((e) => e.seq));
      await new Promise<void>((resolve) => gates.push(resolve));
    };
    const first = doc.enqueue(new Uint8Array([1]), "u", store);
    await eventually(() => batches.length === 1, "the first batch is being stored");
    const later = [2, 3, 4].map((i) => doc.enqueue(new Uint8Array([i]), "u", store));
    await turn();
    await turn();
    // Still one batch: the rest wait for it, whatever the turns.
    expect(batches).to.deep.equal([[1]]);
    expect(doc.unstored).to.equal(4);
    gates[0]!();
    expect((await first).seq).to.equal(1);
    await eventually(() => batches.length === 2, "the waiting updates go as one batch");
    expect(batches[1]).to.deep.equal([2, 3, 4]);
    gates[1]!();
    expect((await Promise.all(later)).map((e) => e.seq)).to.deep.equal([2, 3, 4]);
    expect(doc.unstored).to.equal(0);
    doc.destroy();
  });

  it("rejects the batch that failed and every update waiting behind it, and stores nothing more", async () => {
    const doc = new ServedDocument("b");
    const batches: number[][] = [];
    let fail: (error: Error) => void = () => undefined;
    const store = async (entries: StoredEntry[]) => {
      batches.push(entries.map((e) => e.seq));
      await new Promise<void>((_, reject) => (fail = reject));
    };
    const first = doc.enqueue(new Uint8Array([1]), null, store);
    await eventually(() => batches.length === 1, "the first batch is being stored");
    const waiting = doc.enqueue(new Uint8Array([2]), null, store);
    fail(new Error("disk full"));
    const results = await Promise.allSettled([first, waiting]);
    expect(results.map((r) => r.status)).to.deep.equal(["rejected", "rejected"]);
    expect(doc.broken).to.equal(true);
    const after = await doc.enqueue(new Uint8Array([3]), null, store).then(() => undefined, (error: Error) => error);
    expect(after?.message).to.match(/could not be stored/);
    expect(batches).to.deep.equal([[1]]);
    doc.destroy();
  });
});
