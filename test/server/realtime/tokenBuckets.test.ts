import { expect } from "chai";
import { TokenBuckets } from "../../../server/realtime/tokenBuckets";

describe("token buckets", () => {
  it("lets a key spend its capacity at once, then one token per 1/perSecond, and says how long to wait", () => {
    const buckets = new TokenBuckets(5, 2);
    for (let i = 0; i < 5; i++) expect(buckets.take("a", 0), `token ${i}`).to.equal(0);
    expect(buckets.take("a", 0)).to.equal(500);
    expect(buckets.take("a", 250)).to.equal(250);
    expect(buckets.take("a", 500)).to.equal(0);
    expect(buckets.take("a", 500)).to.equal(500);
  });

  it("keeps keys apart and never refills beyond the capacity", () => {
    const buckets = new TokenBuckets(2, 1);
    expect(buckets.take("a", 0)).to.equal(0);
    expect(buckets.take("a", 0)).to.equal(0);
    expect(buckets.take("a", 0)).to.be.above(0);
    expect(buckets.take("b", 0)).to.equal(0);
    // An hour idle gives back two tokens, not 3,600.
    expect(buckets.take("a", 3_600_000)).to.equal(0);
    expect(buckets.take("a", 3_600_000)).to.equal(0);
    expect(buckets.take("a", 3_600_000)).to.be.above(0);
  });

  it("forgets a key (a closed socket), which then starts full again", () => {
    const buckets = new TokenBuckets(1, 1);
    expect(buckets.take("a", 0)).to.equal(0);
    expect(buckets.take("a", 0)).to.be.above(0);
    buckets.forget("a");
    expect(buckets.take("a", 0)).to.equal(0);
  });

  it("drops buckets that have filled up again once it holds many keys, and keeps the ones still spent", () => {
    const buckets = new TokenBuckets(1, 1, 3);
    for (const key of ["a", "b", "c"]) buckets.take(key, 0);
    // At 10 s a, b and c are full again; d is new. "spent" stays spent after the sweep.
    buckets.take("spent", 10_000);
    expect(buckets.take("spent", 10_000)).to.be.above(0);
    buckets.take("d", 10_000);
    buckets.take("e", 10_000);
    expect(buckets.take("spent", 10_000)).to.be.above(0);
  });
});
