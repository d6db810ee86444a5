import { expect } from "chai";
import {
  findPersonalData,
  findPhoneNumbers,
  findPassportNumbers,
  PERSONAL_DATA_KINDS,
  resolveOverlaps,
  type PersonalDataFinding,
} from "../../../shared/personalData";
import { expectWellFormed } from "./support";

const NAME_LINE = "P<BELPEETERS<<JAN".padEnd(44, "<");

const DOCUMENT = [
  "Goede praktijk: opvang van slachtoffers in de Benelux.",
  "Het slachtoffer, geboren op 12 maart 1998, meldde zich bij j.peeters@politie.be en belde +32 3 201 16 90.",
  "Loon werd gestort op BE68 5390 0754 7034; haar rijksregisternummer is 85.07.30-033.28.",
  "Haar Nederlandse BSN 111222333 en paspoort nr. EM123456 werden ingehouden.",
  "MRZ:",
  NAME_LINE,
  "De werkgroep kwam samen op 12 maart 2016 (art. 433quinquies Sw., Besluit M(2016) 12, BNL-2026-014).",
  "Mevrouw Ana Petrova woonde op Kerkstraat 12, 2000 Antwerpen; kenteken GB-123-K; matricule 1985 0312 123 07.",
].join("\n");

function summary(findings: PersonalDataFinding[]): [string, string][] {
  return findings.map((finding) => [finding.kind, finding.text]);
}

describe("personalData/findPersonalData", () => {
  it("lists every kind once, in the documented order", () => {
    expect(PERSONAL_DATA_KINDS).to.deep.equal([
      "email",
      "phone",
      "iban",
      "be_national_register",
      "nl_bsn",
      "date_of_birth",
      "passport",
      "person_name",
      "postal_address",
      "lu_national_id",
      "licence_plate",
    ]);
  });

  it("finds every kind in a realistic document, sorted by start, with exact offsets", () => {
    const findings = findPersonalData(DOCUMENT);
    expectWellFormed(DOCUMENT, findings);
    expect(summary(findings)).to.deep.equal([
      ["date_of_birth", "12 maart 1998"],
      ["email", "j.peeters@politie.be"],
      ["phone", "+32 3 201 16 90"],
      ["iban", "BE68 5390 0754 7034"],
      ["be_national_register", "85.07.30-033.28"],
      ["nl_bsn", "111222333"],
      ["passport", "EM123456"],
      ["passport", NAME_LINE],
      ["person_name", "Ana Petrova"],
      ["postal_address", "Kerkstraat 12, 2000 Antwerpen"],
      ["licence_plate", "GB-123-K"],
      ["lu_national_id", "1985 0312 123 07"],
    ]);
    for (let i = 1; i < findings.length; i++) {
      expect(findings[i]!.start).to.be.greaterThan(findings[i - 1]!.start);
      expect(findings[i]!.start).to.be.at.least(findings[i - 1]!.end);
    }
  });

  it("finds nothing in a paragraph full of dates, numbers, articles and amounts", () => {
    const text =
      "Op 12.03.2016 en op 12 maart 2016 besprak de werkgroep (2016-2018) art. 433quinquies Sw. en artikel 273f Sr., " +
      "Besluit M(2016) 12, BNL-2026-014 en dossier 2016/0123 (p. 12-34). Budget: € 1.250.000, 3,5% of EUR 120.000. " +
      "Vergadering van 09.00-12.30 uur in 1000 Brussel, 2511 CV Den Haag en L-1234 Luxembourg; 123456 deelnemers; COVID19.";
    expect(findPersonalData(text)).to.deep.equal([]);
  });

  describe("overlaps", () => {
    it("keeps the BSN over a phone number with the same digits", () => {
      const text = "BSN 012345672 staat op het formulier.";
      expect(summary(findPhoneNumbers(text))).to.deep.equal([["phone", "012345672"]]);
      expect(summary(findPersonalData(text))).to.deep.equal([["nl_bsn", "012345672"]]);
    });

    it("keeps the BSN over a passport number found by context", () => {
      const text = "Paspoort nr. 012345672 (Nederland).";
      expect(summary(findPassportNumbers(text))).to.deep.equal([["passport", "012345672"]]);
      expect(summary(findPersonalData(text))).to.deep.equal([["nl_bsn", "012345672"]]);
    });

    it("prefers national register, BSN and IBAN over phone over date, and the longer of one kind", () => {
      const at = (kind: PersonalDataFinding["kind"], start: number, end: number): PersonalDataFinding => ({
        kind,
        start,
        end,
        text: "x".repeat(end - start),
        key: `${kind}:${start}`,
        reason: "email_format",
        reasonContext: null,
        masked: "x",
      });
      const resolved = resolveOverlaps([
        at("date_of_birth", 0, 10),
        at("phone", 5, 15),
        at("be_national_register", 12, 20),
        at("phone", 30, 40),
        at("date_of_birth", 35, 45),
        at("nl_bsn", 50, 59),
        at("phone", 50, 59),
        at("iban", 70, 86),
        at("phone", 72, 80),
        at("phone", 90, 95),
        at("phone", 92, 100),
      ]);
      expect(resolved.map((finding) => `${finding.kind}@${finding.start}`)).to.deep.equal([
        "date_of_birth@0",
        "be_national_register@12",
        "phone@30",
        "nl_bsn@50",
        "iban@70",
        "phone@92",
      ]);
    });

    it("leaves touching findings alone", () => {
      const text = "a@b.be,+32 3 201 16 90";
      expect(summary(findPersonalData(text))).to.deep.equal([
        ["email", "a@b.be"],
        ["phone", "+32 3 201 16 90"],
      ]);
    });
  });

  describe("stable keys", () => {
    it("keeps the same keys when text is edited elsewhere", () => {
      const before = findPersonalData(DOCUMENT).map((finding) => finding.key);
      const edited = `Inleiding toegevoegd door de redactie.\n\n${DOCUMENT.replace("Goede praktijk", "Goede praktijk (herzien)")}`;
      const after = findPersonalData(edited);
      expectWellFormed(edited, after);
      expect(after.map((finding) => finding.key)).to.deep.equal(before);
    });

    it("normalises formatting into the key", () => {
      const key = (text: string) => findPersonalData(text)[0]?.key;
      expect(key("IBAN BE68 5390 0754 7034")).to.equal("iban:BE68539007547034");
      expect(key("IBAN BE68539007547034")).to.equal("iban:BE68539007547034");
      expect(key("RRN 85.07.30-033.28")).to.equal(key("RRN 850730 033 28"));
      expect(key("BSN 1112.22.333")).to.equal("nl_bsn:111222333");
      expect(key("Mail J.Peeters@Politie.BE")).to.equal("email:j.peeters@politie.be");
      expect(key("geboren op 12 maart 1998")).to.equal(key("born 12.03.1998"));
      expect(key("Bel +32 470 12 34 56")).to.equal(key("Bel 0032 470/12.34.56"));
    });

    it("gives the same key to repeated occurrences", () => {
      const findings = findPersonalData("Mail a@b.be, en nogmaals A@B.BE.");
      expect(findings.map((finding) => finding.key)).to.deep.equal(["email:a@b.be", "email:a@b.be"]);
      expect(findings[0]!.start).to.not.equal(findings[1]!.start);
    });
  });

  describe("explanations", () => {
    it("gives every finding a reason, its context word and a masked value", () => {
      const explained = findPersonalData(DOCUMENT).map((finding) => [finding.kind, finding.reason, finding.reasonContext, finding.masked]);
      expect(explained).to.deep.equal([
        ["date_of_birth", "birth_word", "geboren", "**.**.1998"],
        ["email", "email_format", null, "j***@politie.be"],
        ["phone", "phone_format", null, "+32 * *** ** **"],
        ["iban", "iban_checksum", null, "BE68 **** **** ****"],
        ["be_national_register", "be_national_register_checksum", null, "85.**.**-***.**"],
        ["nl_bsn", "nl_bsn_checksum", null, "1********"],
        ["passport", "passport_word", "paspoort", "E*******"],
        ["passport", "passport_mrz", null, `P<${"*".repeat(10)}<<***${"<".repeat(27)}`],
        ["person_name", "name_after_title", "Mevrouw", "A. P******"],
        ["postal_address", "address_postcode", null, "Kerkstraat **, **** Antwerpen"],
        ["licence_plate", "plate_nl", "kenteken", "G*-***-*"],
        ["lu_national_id", "lu_national_id_checksum", null, "1985 ** ** *** **"],
      ]);
    });

    it("keeps the keys of the first kinds as they were (acknowledgements stay valid)", () => {
      expect(findPersonalData(DOCUMENT).slice(0, 7).map((finding) => finding.key)).to.deep.equal([
        "date_of_birth:1998-03-12",
        "email:j.peeters@politie.be",
        "phone:+3232011690",
        "iban:BE68539007547034",
        "be_national_register:85073003328",
        "nl_bsn:111222333",
        "passport:EM123456",
      ]);
    });
  });

  it("handles empty text and text without digits", () => {
    expect(findPersonalData("")).to.deep.equal([]);
    expect(findPersonalData("Geen persoonsgegevens hier, enkel tekst.")).to.deep.equal([]);
  });

  it("returns for a 50,000-character document (sanity check, not a timing assertion)", () => {
    let text = "";
    while (text.length < 50_000) text += `${DOCUMENT}\n`;
    text = text.slice(0, 50_000);
    const findings = findPersonalData(text);
    expectWellFormed(text, findings);
    expect(findings.length).to.be.greaterThan(100);
    // Pathological inputs return too.
    for (const filler of ["0123456789 ", "1.", "a@", "paspoort ", "12 maart ", "+3"]) {
      const long = filler.repeat(Math.ceil(50_000 / filler.length)).slice(0, 50_000);
      expectWellFormed(long, findPersonalData(long));
    }
  });
});
