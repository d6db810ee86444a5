import { expect } from "chai";
import { findPassportNumbers, isValidMrzDataLine, mrzCheckDigit } from "../../../shared/personalData";
import { runNearMisses, runTrueCases } from "./support";

// The specimen data line from ICAO Doc 9303 (a fictitious "Utopia" passport).
const SPECIMEN_DATA_LINE = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
const NAME_LINE = "P<BELPEETERS<<JAN<MARIA".padEnd(44, "<");

describe("personalData/passport", () => {
  describe("true cases", () => {
    runTrueCases(findPassportNumbers, "passport", [
      { text: "Haar Belgisch paspoort nr. EM123456 werd door de werkgever ingehouden.", found: "EM123456", key: "passport:EM123456" },
      { text: "Paspoortnummer: NW8JF3JP4", found: "NW8JF3JP4", key: "passport:NW8JF3JP4" },
      { text: "Het specimen-paspoort SPECI2014 wordt in trainingen gebruikt.", found: "SPECI2014", key: "passport:SPECI2014" },
      { text: "Passeport luxembourgeois n° AB123456, délivré en 2019.", found: "AB123456", key: "passport:AB123456" },
      { text: "His passport no. 533380006 was found at the address.", found: "533380006", key: "passport:533380006" },
      { text: "Le passeport de la victime (numéro RO1234567) a été confisqué.", found: "RO1234567", key: "passport:RO1234567" },
    ]);
  });

  describe("near misses", () => {
    runNearMisses(findPassportNumbers, [
      ["codes without a passport word", "Besluit BNL-2026-014 over COVID19 en AB123456."],
      ["a passport word without a number", "Het paspoort van JANSSENS werd teruggegeven."],
      ["a year after the passport word", "The passport was valid until 2026."],
      ["a number too short", "paspoort nr. 12345"],
      ["a code split by dashes", "passport BNL-2026-014"],
      ["a number in the next sentence", "Zij had geen paspoort. Dossier EM123456 is gesloten."],
      ["a number too far after the passport word", "Het paspoort werd in beslag genomen en daarna, veel later, EM123456."],
      ["a lower-case word with digits", "passeport délivré en 2019, valable 10ans"],
      ["an MRZ data line with a wrong check digit", "L898902C37UTO7408122F1204159ZE184226B<<<<<10"],
    ]);
  });

  it("finds both lines of a machine-readable zone", () => {
    const text = `Kopie van de MRZ:\n${NAME_LINE}\n${SPECIMEN_DATA_LINE}\n`;
    const findings = findPassportNumbers(text);
    expect(findings.map((finding) => finding.text)).to.deep.equal([NAME_LINE, SPECIMEN_DATA_LINE]);
    expect(findings.map((finding) => finding.key)).to.deep.equal([`passport:mrz:${NAME_LINE}`, "passport:L898902C3"]);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).to.equal(finding.text);
  });

  it("computes ICAO check digits", () => {
    expect(mrzCheckDigit("L898902C3")).to.equal(6);
    expect(mrzCheckDigit("740812")).to.equal(2);
    expect(mrzCheckDigit("120415")).to.equal(9);
    expect(isValidMrzDataLine(SPECIMEN_DATA_LINE)).to.equal(true);
    expect(isValidMrzDataLine(SPECIMEN_DATA_LINE.slice(1))).to.equal(false);
  });

  it("does not take a name line without the name separator", () => {
    expect(findPassportNumbers("P".padEnd(44, "A"))).to.deep.equal([]);
  });
});
