import { expect } from "chai";
import { findDatesOfBirth, hasBirthContext } from "../../../shared/personalData";
import { runNearMisses, runTrueCases } from "./support";

describe("personalData/dateOfBirth", () => {
  describe("true cases: Dutch", () => {
    runTrueCases(findDatesOfBirth, "date_of_birth", [
      { text: "Het slachtoffer, geboren op 12 maart 1998, werd opgevangen in Brussel.", found: "12 maart 1998", key: "date_of_birth:1998-03-12" },
      { text: "Betrokkene (geb. 12-03-1985) verbleef in Rotterdam.", found: "12-03-1985", key: "date_of_birth:1985-03-12" },
      { text: "Geboortedatum: 12.03.1985", found: "12.03.1985", key: "date_of_birth:1985-03-12" },
      { text: "geb.datum 3 mrt. 1990, nationaliteit onbekend", found: "3 mrt. 1990", key: "date_of_birth:1990-03-03" },
      { text: "Jan P. (° 12/03/1985, Antwerpen) verklaarde dat", found: "12/03/1985", key: "date_of_birth:1985-03-12" },
      { text: "De jongen is geboren in Lagos op 1ste januari 2007.", found: "1ste januari 2007", key: "date_of_birth:2007-01-01" },
    ]);
  });

  describe("true cases: French", () => {
    runTrueCases(findDatesOfBirth, "date_of_birth", [
      { text: "La victime, née le 3 mars 1985 à Iași, a été entendue.", found: "3 mars 1985", key: "date_of_birth:1985-03-03" },
      { text: "Il est né le 1er janvier 2001 en Roumanie.", found: "1er janvier 2001", key: "date_of_birth:2001-01-01" },
      { text: "Date de naissance : 29/02/1996", found: "29/02/1996", key: "date_of_birth:1996-02-29" },
      { text: "Né(e) le 14 févr. 1979", found: "14 févr. 1979", key: "date_of_birth:1979-02-14" },
    ]);
  });

  describe("true cases: English", () => {
    runTrueCases(findDatesOfBirth, "date_of_birth", [
      { text: "The witness was born on March 12, 1985 in Sofia.", found: "March 12, 1985", key: "date_of_birth:1985-03-12" },
      { text: "Date of birth: 12 March 1985.", found: "12 March 1985", key: "date_of_birth:1985-03-12" },
      { text: "DOB 1985-03-12, place unknown", found: "1985-03-12", key: "date_of_birth:1985-03-12" },
      { text: "d.o.b. 12th of Sept. 1985", found: "12th of Sept. 1985", key: "date_of_birth:1985-09-12" },
      { text: "Birth date: 03/25/1990 (US format)", found: "03/25/1990", key: "date_of_birth:1990-03-25" },
      { text: "Born 12.03.85 in Chisinau.", found: "12.03.85", key: "date_of_birth:85-03-12" },
    ]);
  });

  describe("near misses", () => {
    runNearMisses(findDatesOfBirth, [
      ["an ordinary meeting date", "De werkgroep kwam samen op 12 maart 2016."],
      ["an ordinary numeric date", "La réunion a eu lieu le 12.03.2016 à Luxembourg."],
      ["a date in the next sentence", "Hij is geboren in Antwerpen. De vergadering vond plaats op 12.03.2016."],
      ["a birth word too far away", "Geboren in een klein dorp en later jarenlang uitgebuit in de horeca tot 12.03.2016."],
      ["a French word containing 'née'", "Donnée le 12 mars 2016, l'année 2016."],
      ["only a year", "The victim was born in 1985."],
      ["an impossible date", "Geboortedatum: 31.02.1985"],
      ["n° is not a birth mark", "Besluit n° 12.03.2016"],
      ["degrees are not a birth mark", "Het was 12 °C op 12.03.2016 en 30° op 14.07.2016."],
      ["years, articles, decisions and amounts", "Geboren: art. 433quinquies, BNL-2026-014, Besluit M(2016) 12, € 1.250.000, 2016-2018."],
    ]);
  });

  it("takes only the first date after the birth word", () => {
    const text = "Geboren op 12 maart 1998 en aangekomen op 3 april 2016.";
    expect(findDatesOfBirth(text).map((finding) => finding.text)).to.deep.equal(["12 maart 1998"]);
  });

  it("measures the distance from the end of the birth word", () => {
    const near = `geboren ${"x".repeat(38)} 12.03.1985`;
    const far = `geboren ${"x".repeat(45)} 12.03.1985`;
    expect(hasBirthContext(near, near.indexOf("12.03"))).to.equal(true);
    expect(hasBirthContext(far, far.indexOf("12.03"))).to.equal(false);
  });
});
