import { getSchema } from "@tiptap/core";
import { expect } from "chai";
import { Types } from "mongoose";
import { minutesContent, minutesTags, minutesTitle } from "../../../server/meetings/minutesContent";
import type { MeetingRecord } from "../../../server/meetings/meetingStore";
import type { People } from "../../../server/presenters/people";
import { documentExtensions } from "../../../shared/editor/extensions";
import { exportPdf } from "../../../server/documents/exporters/pdf";
import { agendaEntry } from "../../support/meetingFactories";
import { pdfPages } from "../../support/pdfText";

const schema = getSchema(documentExtensions());

const meeting = (overrides: Partial<MeetingRecord> = {}) =>
  ({
    _id: new Types.ObjectId(),
    title: "Réunion d'automne",
    startsAt: new Date("2026-10-10T08:00:00Z"),
    durationMinutes: 150,
    place: "",
    videoUrl: "https://video.example.org/benelux",
    language: "fr",
    participantIds: [],
    attendance: [],
    agenda: [agendaEntry({ title: "Ouverture", tags: ["prevention"] }), agendaEntry({ title: "Refuges", type: "decision", tags: ["shelter_and_care", "prevention"] })],
    ...overrides,
  }) as unknown as MeetingRecord;

describe("minutes content", () => {
  it("is valid in the editor's schema, with or without records, attendance and sections", () => {
    const m = meeting({ agenda: [agendaEntry({ kind: "section", title: "Accueil" }), agendaEntry({ title: "", description: "" })] as never });
    for (const content of [
      minutesContent({ meeting: meeting(), decisions: [], actions: [], people: new Map() }),
      minutesContent({ meeting: m, decisions: [{ itemId: "gone", text: "x", outcome: "adopted", method: "consensus", victimNote: { kind: "considered", text: "y" } }], actions: [{ itemId: "gone", description: "z", ownerId: "nobody", status: "done" }], people: new Map() }),
    ]) {
      expect(() => schema.nodeFromJSON(content).check()).not.to.throw();
    }
  });

  it("writes French labels with a space before the colon, and the video link when there is no place", () => {
    const people: People = new Map([["a", { id: "a", name: "Luc", role: "member", organisation: null, country: "LU" }]]);
    const json = JSON.stringify(minutesContent({ meeting: meeting({ participantIds: ["a"] }), decisions: [], actions: [], people }));
    expect(json).to.include('"Visioconférence\u00a0: "');
    expect(json).to.include("https://video.example.org/benelux");
    expect(json).to.include("Luxembourg");
    expect(json).to.include("La chaise vide");
    expect(json).not.to.include("Lieu");
  });

  it("titles the minutes in the meeting's language within the document title limit, and takes the agenda's tags once each", () => {
    expect(minutesTitle(meeting())).to.equal("Procès-verbal — Réunion d'automne — 10 octobre 2026");
    expect(minutesTitle(meeting({ language: "nl" }))).to.equal("Notulen — Réunion d'automne — 10 oktober 2026");
    const long = minutesTitle(meeting({ title: "x".repeat(200), language: "en" }));
    expect(long.length).to.be.at.most(200);
    expect(long).to.match(/^Minutes — x+… — 10 October 2026$/);
    expect(minutesTags(meeting())).to.deep.equal(["prevention", "shelter_and_care"]);
  });

  it("keeps the participants' names intact in the minutes' PDF: Romanian, Polish, Hungarian, Bulgarian", async function () {
    this.timeout(20_000);
    const names = ["Ștefan Țurcanu", "Łukasz Wałęsa", "Kővári Zoltán", "Цветелина Георгиева"];
    const people: People = new Map(names.map((name, i) => [`p${i}`, { id: `p${i}`, name, role: "member" as const, organisation: null, country: "BE" as const }]));
    const m = meeting({ participantIds: [...people.keys()], attendance: [...people.keys()].map((userId) => ({ userId, status: "present" })) as never });
    const content = minutesContent({ meeting: m, decisions: [], actions: [], people });
    const file = await exportPdf({ meta: { title: minutesTitle(m), language: "fr", classification: "internal", authors: [names[0]!], exportedBy: names[3]!, exportedAt: new Date("2026-10-10T12:00:00Z") } as never, content }, { compress: false });
    const all = pdfPages(file.body).flat().join(" ").replace(/\s+/g, " ");
    for (const name of names) expect(all).to.include(name);
  });
});
