import { expect } from "chai";
import { findIbans, ibanChecksumValid, IBAN_LENGTHS } from "../../../shared/personalData";
import { runNearMisses, runTrueCases } from "./support";

describe("personalData/iban", () => {
  describe("true cases", () => {
    runTrueCases(findIbans, "iban", [
      { text: "Het loon werd gestort op BE68 5390 0754 7034 van de uitbater.", found: "BE68 5390 0754 7034", key: "iban:BE68539007547034" },
      { text: "Rekening: NL91ABNA0417164300.", found: "NL91ABNA0417164300", key: "iban:NL91ABNA0417164300" },
      { text: "Le virement provenait du compte LU28 0019 4006 4475 0000.", found: "LU28 0019 4006 4475 0000", key: "iban:LU280019400644750000" },
      { text: "Compte français FR14 2004 1010 0505 0001 3M02 606 utilisé par le recruteur.", found: "FR14 2004 1010 0505 0001 3M02 606", key: "iban:FR1420041010050500013M02606" },
      { text: "Transfers went to DE89 3704 0044 0532 0130 00 in Cologne.", found: "DE89 3704 0044 0532 0130 00", key: "iban:DE89370400440532013000" },
      { text: "Paid into GB82 WEST 1234 5698 7654 32 twice.", found: "GB82 WEST 1234 5698 7654 32", key: "iban:GB82WEST12345698765432" },
      { text: "Contul RO49 AAAA 1B31 0075 9384 0000 aparține victimei.", found: "RO49 AAAA 1B31 0075 9384 0000", key: "iban:RO49AAAA1B31007593840000" },
      { text: "Сметка BG80BNBG96611020345678 (Bulgarije).", found: "BG80BNBG96611020345678", key: "iban:BG80BNBG96611020345678" },
      { text: "Konto PL61 1090 1014 0000 0712 1981 2874.", found: "PL61 1090 1014 0000 0712 1981 2874", key: "iban:PL61109010140000071219812874" },
      { text: "Cuenta ES91 2100 0418 4502 0005 1332 del intermediario.", found: "ES91 2100 0418 4502 0005 1332", key: "iban:ES9121000418450200051332" },
      { text: "Conto IT60X0542811101000000123456.", found: "IT60X0542811101000000123456", key: "iban:IT60X0542811101000000123456" },
      { text: "Conta PT50 0002 0123 1234 5678 9015 4.", found: "PT50 0002 0123 1234 5678 9015 4", key: "iban:PT50000201231234567890154" },
      { text: "lower case be68 5390 0754 7034 is normalised", found: "be68 5390 0754 7034", key: "iban:BE68539007547034" },
      { text: "Country outside the table: LY83 0020 4800 0020 1001 2036 1.", found: "LY83 0020 4800 0020 1001 2036 1", key: "iban:LY83002048000020100120361" },
    ]);
  });

  describe("near misses", () => {
    runNearMisses(findIbans, [
      ["a bad checksum", "Rekening BE68 5390 0754 7035 bestaat niet."],
      ["a bad checksum (compact)", "NL91ABNA0417164301"],
      ["a Belgian IBAN one group short", "BE68 5390 0754 70"],
      ["a Belgian IBAN with an extra digit glued on", "BE685390075470341"],
      ["a decision number", "Besluit BNL-2026-014 en Besluit M(2016) 12, dossier 2016/0123."],
      ["an article number and an amount", "art. 433quinquies Sw., boete € 1.250.000"],
      ["a postcode and a time", "NL 2511 CV Den Haag, om 14.30 uur"],
    ]);
  });

  it("stops at the expected length when another number follows", () => {
    const text = "BE68 5390 0754 7034 2016 was het jaar.";
    expect(findIbans(text).map((finding) => finding.text)).to.deep.equal(["BE68 5390 0754 7034"]);
  });

  it("validates checksums and knows the required lengths", () => {
    expect(ibanChecksumValid("BE68539007547034")).to.equal(true);
    expect(ibanChecksumValid("BE68539007547043")).to.equal(false);
    expect(IBAN_LENGTHS).to.include({ BE: 16, NL: 18, LU: 20, FR: 27, DE: 22, GB: 22, RO: 24, BG: 22, PL: 28, ES: 24, IT: 27, PT: 25 });
  });

  it("does not accept a valid IBAN of the wrong length for its country", () => {
    // A checksum-valid string with a Belgian prefix but 18 characters.
    let wrongLength = "";
    for (let check = 2; check <= 98 && !wrongLength; check++) {
      const candidate = `BE${String(check).padStart(2, "0")}53900754703412`;
      if (ibanChecksumValid(candidate)) wrongLength = candidate;
    }
    expect(wrongLength).to.have.length(18);
    expect(findIbans(`Rekening ${wrongLength}.`)).to.deep.equal([]);
  });
});
