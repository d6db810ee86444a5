import { expect } from "chai";
import { findEmails } from "../../../shared/personalData";
import { expectWellFormed, runNearMisses, runTrueCases } from "./support";

describe("personalData/email", () => {
  describe("true cases", () => {
    runTrueCases(findEmails, "email", [
      { text: "Contact: j.peeters@politie.be", found: "j.peeters@politie.be", key: "email:j.peeters@politie.be" },
      { text: "Stuur het verslag naar An.De.Smet@Vlaanderen.BE voor vrijdag.", found: "An.De.Smet@Vlaanderen.BE", key: "email:an.de.smet@vlaanderen.be" },
      { text: "Écrivez à marie-claire.dupont@police.etat.lu (cellule THB).", found: "marie-claire.dupont@police.etat.lu", key: "email:marie-claire.dupont@police.etat.lu" },
      { text: "Her address is anna+benelux@mail.example.co.uk.", found: "anna+benelux@mail.example.co.uk", key: "email:anna+benelux@mail.example.co.uk" },
      { text: "Het slachtoffer mailde vanaf <jan_2004@hotmail.com>, zie bijlage.", found: "jan_2004@hotmail.com", key: "email:jan_2004@hotmail.com" },
      { text: "mailto:info@greychair-test.eu", found: "info@greychair-test.eu", key: "email:info@greychair-test.eu" },
    ]);
  });

  describe("near misses", () => {
    runNearMisses(findEmails, [
      ["a social-media handle", "Volg de campagne via @greychair en #stophumantrafficking."],
      ["an address without a dot-domain", "De testserver antwoordt op root@localhost."],
      ["an obfuscated address", "Schrijf naar j.peeters at politie punt be."],
      ["an article number", "Zie art. 433quinquies Sw. en artikel 273f Sr."],
      ["a decision number and an amount", "Besluit M(2016) 12 kent € 1.250.000 toe (BNL-2026-014)."],
      ["a lone at sign", "Prijs @ 12 euro per stuk."],
    ]);
  });

  it("finds several addresses in order with exact offsets", () => {
    const text = "Cc: a@b.be, c.d@e.nl; e-mail f@g.lu.";
    const findings = findEmails(text);
    expectWellFormed(text, findings, "email");
    expect(findings.map((finding) => finding.text)).to.deep.equal(["a@b.be", "c.d@e.nl", "f@g.lu"]);
  });

  it("does not take a trailing full stop or hyphen into the address", () => {
    expect(findEmails("Mail naar user@example.com.").map((finding) => finding.text)).to.deep.equal(["user@example.com"]);
    expect(findEmails("x@example.com-").map((finding) => finding.text)).to.deep.equal([]);
  });
});
