import { expect } from "chai";
import { ReadModel } from "../../../server/readModels/readModel";

interface Row {
  id: string;
  value: number;
}

/** A hand-driven "database": loads wait until the test lets them finish, so every interleaving is deliberate. */
class FakeTable {
  rows = new Map<string, Row>();
  loadsAll = 0;
  loadsOne = 0;
  fail = false;
  private gate: Promise<void> | undefined;
  private open: (() => void) | undefined;

  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }
  release(): void {
    this.gate = undefined;
    this.open?.();
  }
  set(id: string, value: number): void {
    this.rows.set(id, { id, value });
  }
  async loadAll(): Promise<Row[]> {
    this.loadsAll++;
    const snapshot = [...this.rows.values()].map((r) => ({ ...r }));
    await this.gate;
    if (this.fail) throw new Error("database down");
    return snapshot;
  }
  async loadOne(id: string): Promise<Row | null> {
    this.loadsOne++;
    const row = this.rows.get(id);
    const snapshot = row ? { ...row } : null;
    await this.gate;
    return snapshot;
  }
}

const modelOf = (table: FakeTable, patching = true) =>
  new ReadModel<Row, Map<string, number>>({
    loadAll: () => table.loadAll(),
    loadOne: patching ? (id) => table.loadOne(id) : undefined,
    idOf: (row) => row.id,
    view: (rows) => new Map(rows.map((r) => [r.id, r.value])),
  });

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("ReadModel (the in-process copy behind the list routes)", () => {
  // A long TTL: these tests are about write reports, not about the time bound for other processes.
  before(() => ReadModel.configure({ ttlMs: 600_000 }));
  after(() => ReadModel.configure({ ttlMs: 2_000 }));

  it("loads everything once, then serves the copy without asking the database again", async () => {
    const table = new FakeTable();
    table.set("a", 1);
    const model = modelOf(table);
    expect([...(await model.read())]).to.deep.equal([["a", 1]]);
    await model.read();
    await model.read();
    expect(table.loadsAll).to.equal(1);
  });

  it("shows a reported write on the next read, by reloading only that row (creates, updates and deletes)", async () => {
    const table = new FakeTable();
    table.set("a", 1);
    const model = modelOf(table);
    await model.read();
    table.set("a", 2);
    table.set("b", 5);
    model.invalidate(["a", "b"]);
    expect(Object.fromEntries(await model.read())).to.deep.equal({ a: 2, b: 5 });
    table.rows.delete("a");
    model.invalidate(["a"]);
    expect(Object.fromEntries(await model.read())).to.deep.equal({ b: 5 });
    expect(table.loadsAll).to.equal(1);
    expect(table.loadsOne).to.equal(3);
  });

  it("never loses a write reported while a load was in flight: the read after it waits for a fresh load", async () => {
    const table = new FakeTable();
    table.set("a", 1);
    const model = modelOf(table);
    await model.read();
    table.set("a", 2);
    model.invalidate(["a"]);
    table.hold();
    const first = model.read(); // loads a = 2, held
    await tick();
    table.set("a", 3);
    model.invalidate(["a"]); // reported while that load is in flight
    const second = model.read();
    table.release();
    expect((await first).get("a"), "the first read reflects what was reported before it").to.be.oneOf([2, 3]);
    expect((await second).get("a"), "the second read reflects the write reported before it").to.equal(3);
  });

  it("reloads everything for a write whose rows are unknown, for many rows at once, and without a by-id loader", async () => {
    const table = new FakeTable();
    const model = modelOf(table);
    await model.read();
    table.set("x", 1);
    model.invalidate("all");
    expect((await model.read()).get("x")).to.equal(1);
    for (let i = 0; i < 20; i++) table.set(`r${i}`, i);
    model.invalidate(Array.from({ length: 20 }, (_, i) => `r${i}`));
    expect((await model.read()).size).to.equal(21);
    expect([table.loadsAll, table.loadsOne]).to.deep.equal([3, 0]);

    const plain = new FakeTable();
    const unpatched = modelOf(plain, false);
    await unpatched.read();
    plain.set("y", 7);
    unpatched.invalidate(["y"]);
    expect((await unpatched.read()).get("y")).to.equal(7);
    expect([plain.loadsAll, plain.loadsOne]).to.deep.equal([2, 0]);
  });

  it("fails a read when the database fails, and loads again on the next read", async () => {
    const table = new FakeTable();
    table.set("a", 1);
    table.fail = true;
    const model = modelOf(table);
    let failure: unknown;
    await model.read().catch((error: unknown) => (failure = error));
    expect(String(failure)).to.include("database down");
    table.fail = false;
    expect((await model.read()).get("a")).to.equal(1);
  });

  it("hands out frozen rows, so one request cannot change what the next one is served", async () => {
    const rows: Row[] = [{ id: "a", value: 1 }];
    const model = new ReadModel<Row, readonly Row[]>({ loadAll: async () => rows.map((r) => ({ ...r })), idOf: (r) => r.id, view: (r) => r });
    const [row] = await model.read();
    expect(() => ((row as Row).value = 2)).to.throw(TypeError);
    expect((await model.read())[0]!.value).to.equal(1);
  });

  it("serves a write it did not hear of (another process) only once the copy is older than its TTL, and never a copy older than twice that", async () => {
    const table = new FakeTable();
    table.set("a", 1);
    const model = modelOf(table);
    await model.read();
    table.set("a", 2); // not reported: written behind this process's back
    expect((await model.read()).get("a"), "within the TTL the copy is served").to.equal(1);
    ReadModel.configure({ ttlMs: 1 }); // empties the copies; loads afresh
    try {
      await model.read();
      table.set("a", 3);
      await new Promise((resolve) => setTimeout(resolve, 5)); // now the copy is older than 2 × 1 ms, whatever the machine's speed
      expect((await model.read()).get("a")).to.equal(3);
    } finally {
      ReadModel.configure({ ttlMs: 600_000 });
    }
  });

  it("is off with a TTL of 0 (READ_MODEL_TTL_MS=0: the routes read the database)", () => {
    ReadModel.configure({ ttlMs: 0 });
    expect(ReadModel.enabled).to.equal(false);
    ReadModel.configure({ ttlMs: 600_000 });
    expect(ReadModel.enabled).to.equal(true);
  });
});
