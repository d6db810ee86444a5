import { expect } from "chai";
import { buildCalendar, escapeText, foldLine } from "../../../server/calendar/icalendar";
import { expectValidIcs } from "../../support/icsAssertions";

describe("iCalendar", () => {
  it("escapes backslashes, semicolons, commas and new lines in text", () => {
    expect(escapeText("a\\b;c,d\ne")).to.equal("a\\\\b\\;c\\,d\\ne");
  });

  it("folds long lines at 75 octets without splitting a UTF-8 character, and unfolds to the same text", () => {
    const line = "SUMMARY:" + "Lutte contre la traite des êtres humains — réunion de printemps ".repeat(4);
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part, "utf8")).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, "")).to.equal(line);
  });

  it("builds a calendar with UTC times that validates", () => {
    const ics = buildCalendar("Greychair", [
      {
        uid: "meeting-1@greychair",
        start: new Date("2026-03-14T08:30:00Z"),
        end: new Date("2026-03-14T11:00:00Z"),
        summary: "Werkgroep mensenhandel; voorjaar, Brussel",
        location: "Huis van de Benelux, Regentschapsstraat 39, Brussel",
        description: "1. Opening\n2. Uitwisseling van opvangplaatsen",
        url: "https://greychair.example/meetings/1",
        sequence: 3,
        updatedAt: new Date("2026-03-01T10:00:00Z"),
      },
    ]);
    expectValidIcs(ics);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).to.include("DTSTART:20260314T083000Z\r\n");
    expect(unfolded).to.include("SUMMARY:Werkgroep mensenhandel\\; voorjaar\\, Brussel\r\n");
    expect(unfolded).to.include("DESCRIPTION:1. Opening\\n2. Uitwisseling van opvangplaatsen\r\n");
  });
});
