import { expect } from "chai";
import { base32Decode, base32Encode } from "../../../server/auth/base32";
import { generateTotpSecret, hotpCode, totpCode, totpUri, verifyTotp } from "../../../server/auth/totp";

// RFC 6238 Appendix B, SHA1 rows: the secret is the ASCII string "12345678901234567890".
const RFC_SECRET = base32Encode(new TextEncoder().encode("12345678901234567890"));
const RFC_VECTORS: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
];

describe("auth/totp", () => {
  for (const [seconds, eightDigits] of RFC_VECTORS) {
    it(`matches the RFC 6238 vector at T=${seconds}`, () => {
      const key = base32Decode(RFC_SECRET);
      expect(hotpCode(key, Math.floor(seconds / 30), 8)).to.equal(eightDigits);
      expect(totpCode(RFC_SECRET, seconds * 1000)).to.equal(eightDigits.slice(-6));
    });
  }

  it("generates 160-bit base32 secrets that differ each time", () => {
    const secret = generateTotpSecret();
    expect(secret).to.match(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).to.have.length(20);
    expect(generateTotpSecret()).to.not.equal(secret);
  });

  it("builds an encoded otpauth URI", () => {
    const uri = totpUri({ secret: "JBSWY3DPEHPK3PXP", accountName: "anne.de vries@example.org" });
    expect(uri).to.equal(
      "otpauth://totp/Greychair:anne.de%20vries%40example.org" +
        "?secret=JBSWY3DPEHPK3PXP&issuer=Greychair&algorithm=SHA1&digits=6&period=30",
    );
    const custom = totpUri({ secret: "JBSWY3DPEHPK3PXP", accountName: "a", issuer: "Grey & Co" });
    expect(custom).to.match(/^otpauth:\/\/totp\/Grey%20%26%20Co:a\?/);
    expect(custom).to.include("&issuer=Grey%20%26%20Co&");
  });

  describe("verifyTotp", () => {
    const secret = generateTotpSecret();
    const nowMs = 1_700_000_000_000; // a step boundary is not needed: steps are computed alike
    const step = Math.floor(nowMs / 30_000);
    const codeAt = (offset: number) => totpCode(secret, nowMs + offset * 30_000);

    it("accepts the current code and returns its step", () => {
      expect(verifyTotp(secret, codeAt(0), { nowMs })).to.deep.equal({ ok: true, step });
    });

    it("accepts one step either side by default, and not two", () => {
      expect(verifyTotp(secret, codeAt(-1), { nowMs })).to.deep.equal({ ok: true, step: step - 1 });
      expect(verifyTotp(secret, codeAt(1), { nowMs })).to.deep.equal({ ok: true, step: step + 1 });
      expect(verifyTotp(secret, codeAt(-2), { nowMs })).to.deep.equal({ ok: false, reason: "invalid" });
      expect(verifyTotp(secret, codeAt(2), { nowMs })).to.deep.equal({ ok: false, reason: "invalid" });
    });

    it("honours a custom window", () => {
      expect(verifyTotp(secret, codeAt(-1), { nowMs, window: 0 })).to.deep.equal({ ok: false, reason: "invalid" });
      expect(verifyTotp(secret, codeAt(2), { nowMs, window: 2 })).to.deep.equal({ ok: true, step: step + 2 });
    });

    it("refuses a code whose step is at or before the last used step", () => {
      const first = verifyTotp(secret, codeAt(0), { nowMs });
      expect(first.ok).to.equal(true);
      const lastUsedStep = first.ok ? first.step : -1;
      expect(verifyTotp(secret, codeAt(0), { nowMs, lastUsedStep })).to.deep.equal({ ok: false, reason: "replayed" });
      expect(verifyTotp(secret, codeAt(-1), { nowMs, lastUsedStep })).to.deep.equal({ ok: false, reason: "replayed" });
      expect(verifyTotp(secret, codeAt(1), { nowMs, lastUsedStep })).to.deep.equal({ ok: true, step: step + 1 });
    });

    it("reports a wrong code as invalid, not replayed", () => {
      const wrong = String((Number(codeAt(0)) + 1) % 1_000_000).padStart(6, "0");
      const result = verifyTotp(secret, wrong, { nowMs, lastUsedStep: step });
      // A 1-in-a-million chance that the neighbour step happens to produce it.
      if (wrong !== codeAt(-1) && wrong !== codeAt(1)) expect(result).to.deep.equal({ ok: false, reason: "invalid" });
    });

    it("treats malformed codes as invalid", () => {
      const code = codeAt(0);
      for (const bad of ["", "12345", "1234567", "12a456", ` ${code}`, `${code} `, "١٢٣٤٥٦", `${code.slice(0, 3)} ${code.slice(3)}`]) {
        expect(verifyTotp(secret, bad, { nowMs }), JSON.stringify(bad)).to.deep.equal({ ok: false, reason: "invalid" });
      }
    });
  });
});
