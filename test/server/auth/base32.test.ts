import { expect } from "chai";
import { base32Decode, base32Encode } from "../../../server/auth/base32";

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe("auth/base32", () => {
  // RFC 4648 §10 test vectors, with the padding removed.
  const vectors: [string, string][] = [
    ["", ""],
    ["f", "MY"],
    ["fo", "MZXQ"],
    ["foo", "MZXW6"],
    ["foob", "MZXW6YQ"],
    ["fooba", "MZXW6YTB"],
    ["foobar", "MZXW6YTBOI"],
  ];

  for (const [plain, encoded] of vectors) {
    it(`encodes ${JSON.stringify(plain)} without padding and decodes it back`, () => {
      expect(base32Encode(bytes(plain))).to.equal(encoded);
      expect(text(base32Decode(encoded))).to.equal(plain);
    });
  }

  it("decodes lower case, spaces and padding", () => {
    expect(text(base32Decode("mzxw 6ytb oi======"))).to.equal("foobar");
    expect(text(base32Decode("MZXW6YQ="))).to.equal("foob");
  });

  it("round-trips random bytes of every length mod 5", () => {
    for (let length = 0; length < 40; length++) {
      const data = crypto.getRandomValues(new Uint8Array(length));
      expect(base32Decode(base32Encode(data))).to.deep.equal(data);
    }
  });

  it("throws on invalid characters", () => {
    for (const bad of ["MZXW1", "MZXW0", "MZ=XW", "MZXW!", "MZXW8"]) {
      expect(() => base32Decode(bad), bad).to.throw(/Invalid base32/);
    }
  });
});
