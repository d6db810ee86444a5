import { expect } from "chai";
import { decodeRelay, encodeRelay } from "../../shared/relayMessages";

describe("shared: relay messages", () => {
  it("round-trips every byte value, an empty message and a large one", () => {
    const every = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const bytes of [every, new Uint8Array(0), new Uint8Array(200_000).fill(7)]) {
      const text = encodeRelay(bytes);
      expect(text).to.match(/^[A-Za-z0-9+/]*={0,2}$/);
      expect(decodeRelay(text)).to.deep.equal(bytes);
    }
  });

  it("is a third larger than the bytes, no more (the price of one frame for all receivers)", () => {
    expect(encodeRelay(new Uint8Array(300)).length).to.equal(400);
  });
});
