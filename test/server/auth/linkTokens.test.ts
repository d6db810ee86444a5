import { createHash } from "node:crypto";
import { expect } from "chai";
import { createLinkToken, hashLinkToken } from "../../../server/auth/linkTokens";

describe("auth/linkTokens", () => {
  it("creates 43-character base64url tokens with their SHA-256 hash", () => {
    const { token, hash } = createLinkToken();
    expect(token).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).to.have.length(32);
    expect(hash).to.match(/^[0-9a-f]{64}$/);
    expect(hash).to.equal(createHash("sha256").update(token).digest("hex"));
  });

  it("hashes deterministically, so a presented token finds its stored hash", () => {
    const { token, hash } = createLinkToken();
    expect(hashLinkToken(token)).to.equal(hash);
    expect(hashLinkToken(token)).to.equal(hashLinkToken(token));
    expect(hashLinkToken(`${token}x`)).to.not.equal(hash);
  });

  it("does not repeat tokens", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => createLinkToken().token));
    expect(tokens.size).to.equal(1000);
  });
});
