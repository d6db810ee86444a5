import { expect } from "chai";
import { findBsnNumbers, findPhoneNumbers, passesElfProef } from "../../../shared/personalData";
import { runNearMisses, runTrueCases } from "./support";

describe("personalData/nlBsn", () => {
  describe("true cases", () => {
    runTrueCases(findBsnNumbers, "nl_bsn", [
      { text: "Het BSN van betrokkene is 111222333.", found: "111222333", key: "nl_bsn:111222333" },
      { text: "Burgerservicenummer: 1112.22.333 (zie bijlage).", found: "1112.22.333", key: "nl_bsn:111222333" },
      { text: "Zij staat ingeschreven onder 123 456 782 in de BRP.", found: "123 456 782", key: "nl_bsn:123456782" },
      { text: "Le numéro néerlandais 123456782 figure dans le dossier.", found: "123456782", key: "nl_bsn:123456782" },
      { text: "Citizen service number 012345672 was used by two workers.", found: "012345672", key: "nl_bsn:012345672" },
      { text: "Sofinummer 12345672 (oude notatie zonder voorloopnul).", found: "12345672", key: "nl_bsn:012345672" },
      { text: "BSN 123-456-782, onjuist overgenomen door de werkgever", found: "123-456-782", key: "nl_bsn:123456782" },
    ]);
  });

  describe("near misses", () => {
    runNearMisses(findBsnNumbers, [
      ["a failed 11-proef", "Het BSN 111222334 bestaat niet."],
      ["all zeros", "BSN 000000000"],
      ["nine digits inside a longer run", "Zaaknummer 1234567823 en 9111222333."],
      ["an amount", "Een schade van € 111.222.333 en 123.456.782 euro."],
      ["a phone number", "Bel +31 111 222 333 of tel. 012345672."],
      ["an IBAN", "NL91ABNA0417164300 en BE68 5390 0754 7034"],
      ["an eight-digit number without a BSN word", "Dossier 12345672 werd afgesloten."],
      ["dates, years and decision numbers", "Op 12.03.2016, in 2016-2018, Besluit M(2016) 12, 2016/0123, BNL-2026-014."],
      ["a Belgian national register number", "85.07.30-033.28"],
    ]);
  });

  it("computes the 11-proef", () => {
    expect(passesElfProef("111222333")).to.equal(true);
    expect(passesElfProef("123456782")).to.equal(true);
    expect(passesElfProef("123456789")).to.equal(false);
    expect(passesElfProef("000000000")).to.equal(false);
    expect(passesElfProef("12345678")).to.equal(false);
  });

  it("keeps a bare nine-digit number that both detectors see, leaving the choice to the overlap rule", () => {
    const text = "BSN 012345672";
    expect(findPhoneNumbers(text).map((finding) => finding.text)).to.deep.equal(["012345672"]);
    expect(findBsnNumbers(text).map((finding) => finding.text)).to.deep.equal(["012345672"]);
  });

  it("uses precomputed phone and IBAN findings when given", () => {
    const text = "BSN 111222333";
    const phone = { kind: "phone" as const, start: 0, end: text.length, text, key: "phone:x", reason: "phone_format" as const, reasonContext: null, masked: "x" };
    expect(findBsnNumbers(text, { phones: [phone], ibans: [] })).to.deep.equal([]);
    expect(findBsnNumbers(text, { phones: [], ibans: [] })).to.have.length(1);
  });
});
