import { expect } from "chai";
import { ReadCache } from "../../../server/auth/readCache";

/** A load whose answer the test releases when it wants. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("ReadCache", () => {
  it("loads once for concurrent misses and serves the cached value afterwards", async () => {
    const cache = new ReadCache<{ v: number }>({ max: 10, ttlMs: 60_000 });
    let loads = 0;
    const load = async () => ({ v: ++loads });
    const results = await Promise.all([cache.load("a", load), cache.load("a", load), cache.load("a", load)]);
    expect(results.map((r) => r!.v)).to.deep.equal([1, 1, 1]);
    expect((await cache.load("a", load))!.v).to.equal(1);
    expect(loads).to.equal(1);
  });

  it("does not keep a value whose load an invalidation overtook, and starts a fresh load after it", async () => {
    const cache = new ReadCache<{ v: string }>({ max: 10, ttlMs: 60_000 });
    const slow = deferred<{ v: string }>();
    const before = cache.load("s", () => slow.promise);
    cache.invalidate(["s"]); // e.g. the session was revoked while it was being read
    const after = cache.load("s", async () => null);
    slow.resolve({ v: "old" });
    expect((await before)!.v, "the request that began earlier still gets its answer").to.equal("old");
    expect(await after, "a request after the invalidation reads afresh").to.equal(null);
    expect(cache.get("s"), "and the old value is not kept").to.equal(undefined);
  });

  it("forgets values after the TTL, and on invalidate('all') and clearAll()", async () => {
    const cache = new ReadCache<{ v: number }>({ max: 10, ttlMs: 1 });
    await cache.load("t", async () => ({ v: 1 }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(cache.get("t")).to.equal(undefined);
    const long = new ReadCache<{ v: number }>({ max: 10, ttlMs: 60_000 });
    await long.load("x", async () => ({ v: 1 }));
    long.invalidate("all");
    expect(long.get("x")).to.equal(undefined);
    await long.load("y", async () => ({ v: 2 }));
    ReadCache.clearAll();
    expect(long.get("y")).to.equal(undefined);
  });

  it("loads only the missing keys of a batch, in one call", async () => {
    const cache = new ReadCache<{ id: string }>({ max: 10, ttlMs: 60_000 });
    const asked: string[][] = [];
    const loadMissing = async (missing: string[]) => (asked.push(missing), missing.map((id) => ({ id })));
    await cache.loadMany(["a", "b"], loadMissing, (v) => v.id);
    const found = await cache.loadMany(["a", "b", "c", "c"], loadMissing, (v) => v.id);
    expect([...found.keys()].sort()).to.deep.equal(["a", "b", "c"]);
    expect(asked).to.deep.equal([["a", "b"], ["c"]]);
  });
});
