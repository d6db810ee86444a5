import { expect } from "chai";
import { archivePdf, type ArchivePdfInput } from "../../../server/archive/archivePdf";
import type { PresentedArchiveRecord } from "../../../shared/meetingTypes";
import { pdfPages } from "../../support/pdfText";

const record = (overrides: Partial<PresentedArchiveRecord> = {}): PresentedArchiveRecord => ({
  number: "BNL-2026-001",
  kind: "decision",
  amends: null,
  amendedBy: [],
  meetingId: "66f000000000000000000001",
  meetingTitle: "Werkgroep mensenhandel — najaarsvergadering",
  meetingDate: "2026-03-14T09:30:00.000Z",
  itemTitle: "Uitwisseling van vrije opvangplaatsen",
  text: "De opvangcentra delen hun vrije plaatsen elke week via de contactpunten.",
  outcome: "adopted",
  method: "vote",
  votes: { for: 5, against: 0, abstain: 1 },
  victimNote: { kind: "considered", text: "Een slachtoffer in gevaar kan binnen een dag over de grens worden opgevangen, met een tolk." },
  tags: ["shelter_and_care"],
  recordedBy: "Noor de Voorzitter",
  archivedAt: "2026-03-20T10:00:00.000Z",
  archivedBy: "Sofie Secretariaat",
  reason: "",
  hash: "a".repeat(64),
  integrity: "ok",
  ...overrides,
});

const input = (overrides: Partial<ArchivePdfInput> = {}): ArchivePdfInput => ({
  records: [
    record({ amendedBy: ["BNL-2026-002"] }),
    record({ number: "BNL-2026-002", kind: "amendment", amends: "BNL-2026-001", text: "De opvangcentra delen hun vrije plaatsen twee keer per week.", method: "consensus", votes: null, reason: "De vergadering besliste twee keer per week." }),
    record({ number: "BNL-2026-003", outcome: "postponed", method: "consensus", votes: null, victimNote: { kind: "not_applicable", text: "Alleen de plaats van de volgende vergadering (Łódź? nee, Luxemburg)." } }),
  ],
  total: 3,
  query: { q: "opvang", tag: "shelter_and_care" },
  language: "nl",
  exportedBy: "Pieter Politie",
  exportedAt: new Date("2026-04-01T08:00:00Z"),
  ...overrides,
});

const readable = (pages: string[][]) => pages.flat().join(" ").replace(/\s+/g, " ");

describe("archive export: PDF", function () {
  this.timeout(20_000);

  it("is a PDF with every record: number, date, meeting, text, outcome, method, victim note, recorded by", async () => {
    const file = await archivePdf(input(), { compress: false });
    expect(file.subarray(0, 5).toString("latin1")).to.equal("%PDF-");
    const all = readable(pdfPages(file));
    for (const expected of [
      "Besluitenarchief",
      "Zoekopdracht",
      "Woorden: “opvang”",
      "Onderwerp: Opvang en zorg",
      "Geëxporteerd door",
      "Pieter Politie",
      "BNL-2026-001",
      "Datum: 14 maart 2026",
      "Vergadering: Werkgroep mensenhandel — najaarsvergadering",
      "Agendapunt: Uitwisseling van vrije opvangplaatsen",
      "Besluit: De opvangcentra delen hun vrije plaatsen elke week via de contactpunten.",
      "Uitkomst: Aangenomen · Wijze: Bij stemming (5 voor, 0 tegen, 1 onthouding)",
      "Perspectief van het slachtoffer: Een slachtoffer in gevaar kan binnen een dag over de grens worden opgevangen, met een tolk.",
      "Vastgelegd door: Noor de Voorzitter",
      "Gecorrigeerd door: BNL-2026-002",
      "BNL-2026-002: wijziging van BNL-2026-001",
      "Reden van de correctie: De vergadering besliste twee keer per week.",
      "BNL-2026-003",
      "Uitkomst: Uitgesteld · Wijze: Bij consensus",
      "Perspectief van het slachtoffer niet van toepassing: Alleen de plaats van de volgende vergadering (Łódź? nee, Luxemburg).",
    ]) {
      expect(all).to.include(expected);
    }
  });

  it("marks every page internal, with page X of Y, in the reader's language", async () => {
    const many = Array.from({ length: 40 }, (_, i) => record({ number: `BNL-2026-${String(i + 1).padStart(3, "0")}` }));
    const pages = pdfPages(await archivePdf(input({ records: many, total: 40, language: "fr", query: {} }), { compress: false }));
    expect(pages.length).to.be.greaterThan(2);
    const marking = "INTERNE — Groupe de travail Benelux traite des êtres humains, réservé aux membres, ne pas diffuser hors du groupe";
    pages.forEach((texts, i) => {
      expect(texts.filter((t) => t === marking), `page ${i + 1}`).to.have.length(2);
      expect(texts).to.include(`Page ${i + 1} sur ${pages.length}`);
    });
    const all = readable(pages);
    expect(all).to.include("Archives des décisions");
    expect(all).to.include("Toutes les décisions");
    expect(all).to.include("Décision : De opvangcentra");
    for (const r of many) expect(all).to.include(r.number);
  });

  it("warns at a record that no longer matches its fingerprint, and only there", async () => {
    const all = readable(pdfPages(await archivePdf(input({ records: [record(), record({ number: "BNL-2026-002", integrity: "broken" })], language: "en" }), { compress: false })));
    const warning = "Warning: this record no longer matches its fingerprint. It was changed outside Greychair; do not cite it.";
    expect(all.split(warning)).to.have.length(2);
    expect(all.indexOf(warning)).to.be.greaterThan(all.indexOf("BNL-2026-002"));
  });

  it("keeps Romanian, Polish, Hungarian and Bulgarian names and Arabic as they are (embedded Unicode fonts)", async () => {
    const file = await archivePdf(
      input({
        records: [record({ recordedBy: "Ștefan Țurcanu", meetingTitle: "Overleg in Łódź met Łukasz Wałęsa", victimNote: { kind: "considered", text: "Gehoord: Цветелина Георгиева en Erdős Pál, met tolk محمد علي." } })],
        total: 1,
        exportedBy: "Kővári Zoltán",
      }),
      { compress: false },
    );
    const all = readable(pdfPages(file));
    for (const expected of ["Vastgelegd door: Ștefan Țurcanu", "Vergadering: Overleg in Łódź met Łukasz Wałęsa", "Gehoord: Цветелина Георгиева en Erdős Pál, met tolk ", "Kővári Zoltán"]) expect(all).to.include(expected);
    expect(all).to.include([..."محمد علي"].reverse().join("")); // drawn right to left
    expect(all).not.to.match(/\?|\ufffd/);
  });

  it("says when the export stops before the end of the result, and when nothing matched", async () => {
    expect(readable(pdfPages(await archivePdf(input({ total: 2345, language: "en" }), { compress: false })))).to.include("The first 3 of 2345; narrow the search to export the rest");
    expect(readable(pdfPages(await archivePdf(input({ records: [], total: 0, language: "en" }), { compress: false })))).to.include("No records match this search.");
  });
});
