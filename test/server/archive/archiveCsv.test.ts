import { expect } from "chai";
import { parse } from "csv-parse/sync";
import { archiveCsv } from "../../../server/archive/archiveCsv";
import type { ArchiveRecordFields } from "../../../server/models/ArchiveRecord";

const record = {
  number: "BNL-2026-001",
  kind: "decision",
  amends: null,
  meetingDate: new Date("2026-03-10T09:00:00Z"),
  meetingTitle: "Voorjaarsvergadering",
  itemTitle: "Opvangplaatsen",
  text: "Wekelijkse uitwisseling van opvangplaatsen.",
  outcome: "adopted",
  method: "vote",
  votes: JSON.stringify({ votes: { for: 5, against: 0, abstain: 1 } }),
  victimNoteKind: "considered",
  victimNote: "Een plaats in de eigen taal.",
  tags: ["labour", "shelter_and_care"],
  recordedBy: "Chris Chair",
  archivedAt: new Date("2026-03-11T10:00:00Z"),
  reason: "",
  hash: "abc",
} as unknown as ArchiveRecordFields;

describe("server/archive/archiveCsv: codes in the reader's language", () => {
  const rowIn = (language: string) => {
    const [header, row] = parse(archiveCsv([record], language), { bom: true, delimiter: ";" }) as string[][];
    return Object.fromEntries(header!.map((name, index) => [name, row![index]!]));
  };

  it("writes kind, outcome, method, victim note and tags in words, in nl, fr and en; the column names stay codes", () => {
    expect(rowIn("nl")).to.include({ kind: "Besluit", outcome: "Aangenomen", tags: "Arbeidsuitbuiting, Opvang en zorg", votes_abstain: "1" });
    const french = rowIn("fr");
    expect(french).to.include({ kind: "Décision" });
    expect(french.outcome).to.not.equal("adopted");
    expect(french.method).to.not.equal("vote");
    const english = rowIn("en");
    expect(english).to.include({ kind: "Decision" });
    for (const row of [rowIn("nl"), french, english]) {
      for (const column of ["kind", "outcome", "method", "victim_note_kind"]) expect(row[column], column).to.not.match(/^[a-z_]+$/);
    }
  });
});
