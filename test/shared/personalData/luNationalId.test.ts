import { expect } from "chai";
import { findLuNationalIds, findPersonalData, findPhoneNumbers, isValidLuNationalId, luhnCheckDigit, verhoeffCheckDigit } from "../../../shared/personalData";
import { runNearMisses, runTrueCases } from "./support";

describe("personalData/luNationalId", () => {
  describe("true cases", () => {
    runTrueCases(findLuNationalIds, "lu_national_id", [
      { text: "Haar Luxemburgs identificatienummer is 1985 0312 123 07.", found: "1985 0312 123 07", key: "lu_national_id:1985031212307" },
      { text: "Matricule 1992070404528 sur la fiche de salaire.", found: "1992070404528", key: "lu_national_id:1992070404528" },
      { text: "National number 1978 01 29 331 17 on the payslip.", found: "1978 01 29 331 17", key: "lu_national_id:1978012933117" },
      { text: "N° d'identification : 2001.0815.002.62", found: "2001.0815.002.62", key: "lu_national_id:2001081500262" },
      { text: "Leap day: 2004 0229 123 71 is a real date.", found: "2004 0229 123 71", key: "lu_national_id:2004022912371" },
    ]);
  });

  describe("near misses", () => {
    runNearMisses(findLuNationalIds, [
      ["a wrong Luhn digit", "Matricule 1985031212317"],
      ["a wrong Verhoeff digit", "Matricule 1985031212308"],
      ["a date that does not exist", "Matricule 1985023012305 (30 February)"],
      ["month 13", "1985 1312 123 07"],
      ["twelve digits", "198503121230"],
      ["part of a longer number", "Ref. 91985031212307 en 1985031212307-1"],
      ["digits glued to letters", "LU1985031212307"],
      ["a year before 1900", "1885 0312 123 07"],
    ]);
  });

  it("computes the Luhn and Verhoeff check digits of the first 11 digits", () => {
    // The CCSS example: born 12 June 1976, serial 123 → C1 = 8.
    expect(luhnCheckDigit("19760612123")).to.equal(8);
    expect(verhoeffCheckDigit("19760612123")).to.equal(6);
    expect(verhoeffCheckDigit("236")).to.equal(3); // Verhoeff's own example: 2363 is valid
    expect(isValidLuNationalId("1976061212386")).to.equal(true);
    expect(isValidLuNationalId("1976061212380")).to.equal(false); // Verhoeff over 12 digits instead of 11
    expect(isValidLuNationalId("197606121238")).to.equal(false);
  });

  it("wins over the phone number the same digits also make", () => {
    const text = "Numéro national : 1985 0312 123 07.";
    expect(findPhoneNumbers("Appel: +1985 0312 123 07").length).to.be.greaterThan(0);
    expect(findPersonalData(text).map((finding) => [finding.kind, finding.text])).to.deep.equal([["lu_national_id", "1985 0312 123 07"]]);
    expect(findPersonalData("Matricule 1985031212307").map((finding) => finding.kind)).to.deep.equal(["lu_national_id"]);
  });
});
