import { expect } from "chai";
import { findPersonalData, findPostalAddresses } from "../../../shared/personalData";
import { runNearMisses, runTrueCases } from "./support";

describe("personalData/postalAddress", () => {
  describe("true cases: street first (Belgium, the Netherlands)", () => {
    runTrueCases(findPostalAddresses, "postal_address", [
      { text: "Zij woonde op Kerkstraat 12, 2000 Antwerpen, met zes anderen.", found: "Kerkstraat 12, 2000 Antwerpen", key: "postal_address:kerkstraat 12, 2000 antwerpen" },
      { text: "De woning aan de Stationsweg 5, 3511 AB Utrecht werd gesloten.", found: "Stationsweg 5, 3511 AB Utrecht", key: "postal_address:stationsweg 5, 3511 ab utrecht" },
      { text: "Het bedrijf zit op Havenstraat 14B in Zeebrugge.", found: "Havenstraat 14B", key: "postal_address:havenstraat 14b" },
      { text: "Controle op Oudegracht 231-bis.", found: "Oudegracht 231-bis", key: "postal_address:oudegracht 231-bis" },
      { text: "Boven het restaurant op de Grote Markt 17 sliepen er vier.", found: "Grote Markt 17", key: "postal_address:grote markt 17" },
      { text: "Adres: Lange Nieuwstraat 87 bus 3, 2800 Mechelen.", found: "Lange Nieuwstraat 87 bus 3, 2800 Mechelen", key: "postal_address:lange nieuwstraat 87 bus 3, 2800 mechelen" },
      { text: "Secretariaat, Regentschapsstraat 39, BE - 1000 Brussel.", found: "Regentschapsstraat 39, BE - 1000 Brussel", key: "postal_address:regentschapsstraat 39, be - 1000 brussel" },
    ]);
  });

  describe("true cases: street types (Belgium in French, Luxembourg, France)", () => {
    runTrueCases(findPostalAddresses, "postal_address", [
      { text: "La victime habitait au 12 rue de la Gare, L-1611 Luxembourg avec six personnes.", found: "12 rue de la Gare, L-1611 Luxembourg", key: "postal_address:12 rue de la gare, l-1611 luxembourg" },
      { text: "L'entreprise est domiciliée Av. Louise 523 bus 4 à Bruxelles.", found: "Av. Louise 523 bus 4", key: "postal_address:av. louise 523 bus 4" },
      { text: "Le logement Rue Neuve 5 bte 2 a été fermé.", found: "Rue Neuve 5 bte 2", key: "postal_address:rue neuve 5 bte 2" },
      { text: "Contrôle au Boulevard du Prince Henri 9, au rez-de-chaussée.", found: "Boulevard du Prince Henri 9", key: "postal_address:boulevard du prince henri 9" },
      { text: "Adresse : Chaussée de Wavre 214, 1050 Ixelles.", found: "Chaussée de Wavre 214, 1050 Ixelles", key: "postal_address:chaussée de wavre 214, 1050 ixelles" },
      { text: "Siège social : 7 avenue de la Liberté, 75011 Paris.", found: "7 avenue de la Liberté, 75011 Paris", key: "postal_address:7 avenue de la liberté, 75011 paris" },
      { text: "A mailbox at Avenue de la Toison d'Or 40, 1060 Saint-Gilles.", found: "Avenue de la Toison d'Or 40, 1060 Saint-Gilles", key: "postal_address:avenue de la toison d'or 40, 1060 saint-gilles" },
    ]);
  });

  describe("near misses", () => {
    runNearMisses(findPostalAddresses, [
      ["a street without a number", "Het bedrijf had zijn zetel in de Kerkstraat, nummer onbekend."],
      ["a French street without a number", "La rue de la Loi était bloquée; boulevard d'Avroy, sans numéro."],
      ["legal articles", "artikel 273f Sr., art. 433quinquies, Article 5"],
      ["room numbers", "lokaal 2.14, salle 3, Room 2.14, Kamer 12"],
      ["years", "In 2016 en op 12 maart 2026; Stationsweg 2024 als projectnaam."],
      ["a postcode and town only", "2000 Antwerpen en L-1611 Luxembourg"],
      ["a street word in an ordinary word", "De loopbaan 12 jaar, het actieplan 2016."],
      ["a street and a count", "Rue Neuve: 12 magasins."],
    ]);
  });

  it("wins over the person's name a street carries", () => {
    const text = "Contrôle au Boulevard du Prince Henri 9 et avenue Louise.";
    expect(findPersonalData(text).map((finding) => [finding.kind, finding.text])).to.deep.equal([["postal_address", "Boulevard du Prince Henri 9"]]);
  });

  it("masks the numbers and explains the postcode", () => {
    const [address] = findPostalAddresses("Kerkstraat 12, 2000 Antwerpen");
    expect(address).to.include({ reason: "address_postcode", masked: "Kerkstraat **, **** Antwerpen" });
    expect(findPostalAddresses("Havenstraat 14B")[0]).to.include({ reason: "address_street_number" });
  });
});
