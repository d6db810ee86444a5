import { expect } from "chai";
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  normaliseRecoveryCode,
} from "../../../server/auth/recoveryCodes";

const FORMAT = /^[abcdefghjkmnpqrstuvwxyz23456789]{5}-[abcdefghjkmnpqrstuvwxyz23456789]{5}$/;

describe("auth/recoveryCodes", () => {
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

  it("hashes with SHA-256 so that typed variants match the stored hash", () => {
    const [code] = generateRecoveryCodes(1);
    if (!code) throw new Error("no code");
    const stored = hashRecoveryCode(code);
    expect(stored).to.match(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(` ${code.toUpperCase()} `)).to.equal(stored);
    expect(hashRecoveryCode(code.replace("-", " "))).to.equal(stored);
    expect(hashRecoveryCode(code.replace("-", ""))).to.equal(stored);
    expect(hashRecoveryCode(generateRecoveryCodes(1)[0] ?? "")).to.not.equal(stored);
  });
});
