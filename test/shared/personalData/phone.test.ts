import { expect } from "chai";
import { findPhoneNumbers } from "../../../shared/personalData";
import { expectWellFormed, runNearMisses, runTrueCases } from "./support";

describe("personalData/phone", () => {
  describe("true cases: Belgium", () => {
    runTrueCases(findPhoneNumbers, "phone", [
      { text: "Bel de helpdesk van het opvangcentrum op +32 3 201 16 90.", found: "+32 3 201 16 90", key: "phone:+3232011690" },
      { text: "Tel. 03 201 16 90 (enkel tijdens de kantooruren)", found: "03 201 16 90", key: "phone:032011690" },
      { text: "Le témoin est joignable au 0470 12 34 56 le soir.", found: "0470 12 34 56", key: "phone:0470123456" },
      { text: "gsm: 0470/12.34.56", found: "0470/12.34.56", key: "phone:0470123456" },
      { text: "Appelez le 0032 470 12 34 56 depuis l'étranger.", found: "0032 470 12 34 56", key: "phone:+32470123456" },
      { text: "From abroad dial +32 (0)2 123 45 67.", found: "+32 (0)2 123 45 67", key: "phone:+3221234567" },
      { text: "Het nummer 0470123456 stond in haar gsm.", found: "0470123456", key: "phone:0470123456" },
    ]);
  });

  describe("true cases: the Netherlands", () => {
    runTrueCases(findPhoneNumbers, "phone", [
      { text: "De tolk is bereikbaar op +31 6 12345678.", found: "+31 6 12345678", key: "phone:+31612345678" },
      { text: "Zijn mobiel: 06-12345678, alleen via sms.", found: "06-12345678", key: "phone:0612345678" },
      { text: "CoMensha, telefoon 020 123 4567", found: "020 123 4567", key: "phone:0201234567" },
      { text: "Meld het via (020) 123 45 67 of via de website.", found: "(020) 123 45 67", key: "phone:0201234567" },
      { text: "Bel 06 12 34 56 78 na zessen.", found: "06 12 34 56 78", key: "phone:0612345678" },
      { text: "Call +31 (0)20 123 4567 for the hotline.", found: "+31 (0)20 123 4567", key: "phone:+31201234567" },
    ]);
  });

  describe("true cases: Luxembourg and elsewhere", () => {
    runTrueCases(findPhoneNumbers, "phone", [
      { text: "Contactez la police grand-ducale au +352 621 123 456.", found: "+352 621 123 456", key: "phone:+352621123456" },
      { text: "Numéro fixe : 00352 26 12 34 56.", found: "00352 26 12 34 56", key: "phone:+35226123456" },
      { text: "The recruiter used a London number, +44 20 7946 0958.", found: "+44 20 7946 0958", key: "phone:+442079460958" },
      { text: "Numărul din România: +40 721 234 567.", found: "+40 721 234 567", key: "phone:+40721234567" },
      { text: "US contact +1 202-555-0143.", found: "+1 202-555-0143", key: "phone:+12025550143" },
    ]);
  });

  describe("near misses", () => {
    runNearMisses(findPhoneNumbers, [
      ["years", "In 2016 en 2018 kwam de werkgroep viermaal samen."],
      ["a year range", "Het actieplan 2016-2018 werd verlengd."],
      ["a date", "De werkgroep kwam samen op 12.03.2016."],
      ["a date with a leading zero", "Vergadering op 01.03.2016."],
      ["a date range", "Periode 01.03.2016-01.06.2016 en 01.03.2016 - 01.06.2016"],
      ["an ISO date", "Gepubliceerd op 2016-03-01."],
      ["time ranges", "Open van 09.00-12.30 / 13.30-17.00 uur, ook om 09.30 u."],
      ["a numbered list", "Zie punten 1 2 3 4 5 6 7 8 9 10 en 01 02 03 04 05."],
      ["amounts", "Een bedrag van € 1.250.000 en EUR 0470123456 aan boetes, of 0,5%."],
      ["a bare 6-digit number", "Dossier 123456 en 012345 werden gesloten."],
      ["article numbers", "art. 433quinquies Sw. en artikel 273f Sr."],
      ["decision numbers", "Besluit BNL-2026-014, Besluit M(2016) 12, Kamerstuk 2016/0123."],
      ["a reference number with a year", "PV 012345/2016 werd overgemaakt."],
      ["postcodes", "2000 Antwerpen, 2511 CV Den Haag, L-1234 Luxembourg"],
      ["a Belgian company number", "Onderneming BE 0203.201.340, ook 0203.201.340 zonder prefix."],
      ["a national register number", "Rijksregisternummer 05.07.30-033.26 van een minderjarige."],
      ["a number glued to a word", "Code AB0470123456 of 0470123456x."],
      ["too few digits after +32", "+32 3 201 16"],
      ["too many digits in a Dutch number", "+31 6 123456789"],
      ["a page range", "p. 12-34 en blz. 123-145"],
    ]);
  });

  it("splits two numbers written side by side", () => {
    const text = "Tel. 03 201 16 90 / 0470 12 34 56 en 02 123 45 67 0470 98 76 54";
    const findings = findPhoneNumbers(text);
    expectWellFormed(text, findings, "phone");
    expect(findings.map((finding) => finding.text)).to.deep.equal(["03 201 16 90", "0470 12 34 56", "02 123 45 67", "0470 98 76 54"]);
  });

  it("ends a number before a spaced dash or slash followed by something else", () => {
    expect(findPhoneNumbers("Tel. 03 201 16 90 - 2016").map((finding) => finding.text)).to.deep.equal(["03 201 16 90"]);
  });

  it("gives the same key to the same international number however it is spaced", () => {
    const keys = ["+32 470 12 34 56", "+32470123456", "0032 470 12 34 56", "+32 (0)470 12 34 56", "+32 0470 12 34 56"].map(
      (text) => findPhoneNumbers(text)[0]?.key,
    );
    expect(new Set(keys)).to.deep.equal(new Set(["phone:+32470123456"]));
  });
});
