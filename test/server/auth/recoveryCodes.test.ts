import { expect } from "chai";
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  normaliseRecoveryCode,
  legacyRecoveryHash,
} from "../../../server/auth/recoveryCodes";
import { keyedHash, useSecretsKey } from "../../../server/auth/secretsKey";
import { TEST_SECRETS_KEY } from "../../support/testSecrets";

const FORMAT = /^[abcdefghjkmnpqrstuvwxyz23456789]{5}-[abcdefghjkmnpqrstuvwxyz23456789]{5}$/;

describe("auth/recoveryCodes", () => {
  after(() => useSecretsKey(TEST_SECRETS_KEY)); // as the test servers have it
  it("generates ten codes by default, in the xxxxx-xxxxx format without look-alikes", () => {
    const codes = generateRecoveryCodes();
    expect(codes).to.have.length(10);
    for (const code of codes) expect(code).to.match(FORMAT);
  });

  it("honours the count and never repeats a code", () => {
    expect(generateRecoveryCodes(3)).to.have.length(3);
    const many = Array.from({ length: 100 }, () => generateRecoveryCodes()).flat();
    expect(new Set(many).size).to.equal(many.length);
  });

  it("uses the whole alphabet and nothing else", () => {
    const letters = new Set(generateRecoveryCodes(500).join("").replaceAll("-", ""));
    expect([...letters].sort().join("")).to.equal("23456789abcdefghjkmnpqrstuvwxyz");
  });

  it("normalises case, spaces and a missing hyphen", () => {
    expect(normaliseRecoveryCode("  ABCDE-FGHJK \n")).to.equal("abcde-fghjk");
    expect(normaliseRecoveryCode("abcde fghjk")).to.equal("abcde-fghjk");
    expect(normaliseRecoveryCode("AbCdEfGhJk")).to.equal("abcde-fghjk");
    expect(normaliseRecoveryCode("abc")).to.equal("abc");
  });

  it("hashes with HMAC-SHA-256 under the secrets key so that typed variants match the stored hash", () => {
    useSecretsKey("the recovery-code test key, more than 32 characters");
    const [code] = generateRecoveryCodes(1);
    if (!code) throw new Error("no code");
    const stored = hashRecoveryCode(code);
    expect(stored).to.match(/^h1:[0-9a-f]{64}$/);
    expect(stored, "keyed over the old plain SHA-256, so stored hashes can be migrated").to.equal(keyedHash(legacyRecoveryHash(code)));
    expect(hashRecoveryCode(` ${code.toUpperCase()} `)).to.equal(stored);
    expect(hashRecoveryCode(code.replace("-", " "))).to.equal(stored);
    expect(hashRecoveryCode(code.replace("-", ""))).to.equal(stored);
    expect(hashRecoveryCode(generateRecoveryCodes(1)[0] ?? "")).to.not.equal(stored);
  });

  it("gives another hash under another key: a copy of the database alone cannot test guesses", () => {
    const [code] = generateRecoveryCodes(1);
    useSecretsKey("the first recovery-code key, more than 32 characters");
    const first = hashRecoveryCode(code!);
    useSecretsKey("the second recovery-code key, more than 32 characters");
    expect(hashRecoveryCode(code!)).to.not.equal(first);
    expect(first).to.not.include(legacyRecoveryHash(code!));
  });
});
