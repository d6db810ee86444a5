import { expect } from "chai";
import { findBeNationalRegisterNumbers, isValidBeNationalRegister } from "../../../shared/personalData";
import { runNearMisses, runTrueCases } from "./support";

describe("personalData/beNationalRegister", () => {
  describe("true cases", () => {
    runTrueCases(findBeNationalRegisterNumbers, "be_national_register", [
      { text: "Rijksregisternummer van het slachtoffer: 85.07.30-033.28.", found: "85.07.30-033.28", key: "be_national_register:85073003328" },
      { text: "Numéro de registre national 85073003328 (voir PV).", found: "85073003328", key: "be_national_register:85073003328" },
      { text: "RRN 850730 033 28, opgenomen in het dossier", found: "850730 033 28", key: "be_national_register:85073003328" },
      // Born in 2005: only valid with the "2" prepended.
      { text: "De minderjarige (RRN 05.07.30-033.26) werd opgevangen.", found: "05.07.30-033.26", key: "be_national_register:05073003326" },
      { text: "Born 2017, national number 17040324579.", found: "17040324579", key: "be_national_register:17040324579" },
      // Bis numbers: month + 20 and month + 40.
      { text: "Bisnummer 85.27.30-033.71 voor een niet-ingezetene.", found: "85.27.30-033.71", key: "be_national_register:85273003371" },
      { text: "Numéro bis 85.47.30-033.17.", found: "85.47.30-033.17", key: "be_national_register:85473003317" },
      // Unknown month and day.
      { text: "Geboortedatum onbekend: 85.00.00-033.06", found: "85.00.00-033.06", key: "be_national_register:85000003306" },
      { text: "ID 90.02.15-123.70 in the annex.", found: "90.02.15-123.70", key: "be_national_register:90021512370" },
    ]);
  });

  describe("near misses", () => {
    runNearMisses(findBeNationalRegisterNumbers, [
      ["a bad checksum", "Rijksregisternummer 85.07.30-033.29"],
      ["a bad checksum (compact)", "85073003327"],
      ["a valid checksum with month 13", "85.13.30-033.70"],
      ["part of a longer run of digits", "Referentie 1285073003328 en 85073003328-1."],
      ["a phone number", "Bel +32 3 201 16 90 of 0470 12 34 56."],
      ["dates and years", "Op 12.03.2016 en in 2016-2018."],
      ["decision and article numbers", "Besluit M(2016) 12, BNL-2026-014, art. 433quinquies, 2016/0123."],
      ["an amount", "€ 1.250.000"],
    ]);
  });

  it("accepts either century and rejects impossible dates", () => {
    expect(isValidBeNationalRegister("85073003328")).to.equal(true);
    expect(isValidBeNationalRegister("05073003326")).to.equal(true);
    expect(isValidBeNationalRegister("05073003328")).to.equal(false);
    expect(isValidBeNationalRegister("85073203328")).to.equal(false); // day 32
    expect(isValidBeNationalRegister("8507300332")).to.equal(false); // ten digits
  });
});
