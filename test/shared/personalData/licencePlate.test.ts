import { expect } from "chai";
import { findLicencePlates, findPersonalData } from "../../../shared/personalData";
import { runNearMisses, runTrueCases } from "./support";

describe("personalData/licencePlate", () => {
  describe("true cases: Belgium", () => {
    runTrueCases(findLicencePlates, "licence_plate", [
      { text: "De bestelwagen 1-ABC-123 werd gecontroleerd op de E40.", found: "1-ABC-123", key: "licence_plate:1ABC123" },
      { text: "Nummerplaat 2 KTS 418, gezien in Brugge.", found: "2 KTS 418", key: "licence_plate:2KTS418" },
      { text: "Plaque belge 1GTR905 relevée à la frontière.", found: "1GTR905", key: "licence_plate:1GTR905" },
      { text: "Oude nummerplaat ABC-123 van een Mercedes.", found: "ABC-123", key: "licence_plate:ABC123" },
      { text: "immatriculée 123-ABC depuis 2005", found: "123-ABC", key: "licence_plate:123ABC" },
    ]);
  });

  describe("true cases: the Netherlands (side codes)", () => {
    runTrueCases(findLicencePlates, "licence_plate", [
      { text: "Het voertuig GB-123-K stond op naam van een uitzendbureau.", found: "GB-123-K", key: "licence_plate:GB123K" },
      { text: "Auto 12-KLN-4 werd gezien bij het pand.", found: "12-KLN-4", key: "licence_plate:12KLN4" },
      { text: "Busje 3-TRV-58 op de A16.", found: "3-TRV-58", key: "licence_plate:3TRV58" },
      { text: "Registration K-602-ZX, a grey Toyota.", found: "K-602-ZX", key: "licence_plate:K602ZX" },
      { text: "Vrachtwagen 78-HB-XT bij Hazeldonk.", found: "78-HB-XT", key: "licence_plate:78HBXT" },
      { text: "Side code 4: HN-35-ZX.", found: "HN-35-ZX", key: "licence_plate:HN35ZX" },
      { text: "Side code 11: GZP-21-N.", found: "GZP-21-N", key: "licence_plate:GZP21N" },
      { text: "Side code 13: 5-ZX-381.", found: "5-ZX-381", key: "licence_plate:5ZX381" },
      { text: "Kenteken AB-12-34 uit 1965.", found: "AB-12-34", key: "licence_plate:AB1234" },
    ]);
  });

  describe("true cases: Luxembourg and France", () => {
    runTrueCases(findLicencePlates, "licence_plate", [
      { text: "Luxemburgse plaat TR 4821 op de camerabeelden.", found: "TR 4821", key: "licence_plate:TR4821" },
      { text: "La voiture ZK3307 était garée devant.", found: "ZK3307", key: "licence_plate:ZK3307" },
      { text: "Plate EN 2024 on a Luxembourg car.", found: "EN 2024", key: "licence_plate:EN2024" },
      { text: "Le véhicule immatriculé AB-123-CD transportait huit personnes.", found: "AB-123-CD", key: "licence_plate:AB123CD" },
      { text: "Une Audi GH-482-KL a été vue à Lille.", found: "GH-482-KL", key: "licence_plate:GH482KL" },
    ]);
  });

  describe("near misses", () => {
    runNearMisses(findLicencePlates, [
      ["a decision number", "Besluit BNL-2026-014 werd aangenomen."],
      ["an action id", "Actiepunt A-12 en actie ACT-2026-07 blijven open."],
      ["a version", "Versie v1.2.3 en 2.4.1 van het formulier."],
      ["dates", "Op 12-03-26 en 2026-03-12."],
      ["postcodes", "2511 CV Den Haag, L-1611 Luxembourg, 1000 Brussel."],
      ["article numbers", "artikel 273f Sr. en art. 433quinquies"],
      ["ISO and norm codes", "ISO 9001, EN 1234 en ISO 27001 zijn normen."],
      ["a Dutch side code 4 plate with vowels", "Code AB-12-CD in de lijst."],
      ["a French plate with O", "Référence OA-123-BC."],
      ["an old Belgian format without a plate word", "Dossier ABC-123 en 123-ABC."],
      ["a Luxembourg shape that is a year", "PV 2016 en BX 2024 zonder context."],
      ["lower case", "ab-123-cd"],
      ["part of a longer code", "X-1-ABC-123 en 1-ABC-1234"],
    ]);
  });

  it("wins over a phone or a name but leaves the decision number alone", () => {
    const text = "Besluit BNL-2026-014: de wagen met kenteken GB-123-K.";
    expect(findPersonalData(text).map((finding) => [finding.kind, finding.text])).to.deep.equal([["licence_plate", "GB-123-K"]]);
  });

  it("explains the country and the plate word", () => {
    const [plate] = findLicencePlates("Het voertuig met kenteken GB-123-K.");
    expect(plate).to.include({ reason: "plate_nl", reasonContext: "kenteken", masked: "G*-***-*" });
    expect(findLicencePlates("Plaque AB-123-CD")[0]).to.include({ reason: "plate_fr", reasonContext: "Plaque" });
    expect(findLicencePlates("1-ABC-123")[0]).to.include({ reason: "plate_be", reasonContext: null });
  });
});
