import { expect } from "chai";
import { isSealed, keyedHash, openSecret, sealSecret, useSecretsKey } from "../../../server/auth/secretsKey";
import { TEST_SECRETS_KEY } from "../../support/testSecrets";
import { generateTotpSecret } from "../../../server/auth/totp";

const KEY = "the secrets-key unit test key, more than 32 characters";

describe("auth/secretsKey", () => {
  after(() => useSecretsKey(TEST_SECRETS_KEY)); // as the test servers have it
  beforeEach(() => useSecretsKey(KEY));

  it("seals a TOTP secret so that the stored value does not contain it, and opens it again", () => {
    const secret = generateTotpSecret();
    const sealed = sealSecret(secret);
    expect(sealed).to.match(/^gcm1:[A-Za-z0-9_-]+$/);
    expect(sealed).to.not.include(secret);
    expect(isSealed(sealed)).to.equal(true);
    expect(openSecret(sealed)).to.equal(secret);
  });

  it("uses a fresh nonce each time: the same secret never seals to the same value", () => {
    const secret = generateTotpSecret();
    expect(sealSecret(secret)).to.not.equal(sealSecret(secret));
  });

  it("refuses a sealed value that was changed, truncated or sealed under another key", () => {
    const sealed = sealSecret(generateTotpSecret());
    const flipped = sealed.slice(0, -2) + (sealed.endsWith("A") ? "B" : "A") + sealed.slice(-1);
    expect(() => openSecret(flipped)).to.throw();
    expect(() => openSecret("gcm1:abc")).to.throw(/truncated/);
    useSecretsKey("another secrets key of more than 32 characters!!");
    expect(() => openSecret(sealed)).to.throw();
  });

  it("returns a secret stored before sealing as it is (the start-up migration seals it)", () => {
    const plain = generateTotpSecret();
    expect(isSealed(plain)).to.equal(false);
    expect(openSecret(plain)).to.equal(plain);
  });

  it("keys hashes: the same input gives the same hash under one key and another under another", () => {
    const digest = "a".repeat(64);
    const first = keyedHash(digest);
    expect(first).to.match(/^h1:[0-9a-f]{64}$/).and.equal(keyedHash(digest));
    useSecretsKey("another secrets key of more than 32 characters!!");
    expect(keyedHash(digest)).to.not.equal(first);
  });
});
