import { expect } from "chai";
import { documentStore } from "../../../../server/collaboration/documentStore";
import { documentPlainText, ydocFromState } from "../../../../server/documents/documentText";
import { ActionItem } from "../../../../server/models/ActionItem";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { DocumentModel } from "../../../../server/models/Document";
import { Meeting } from "../../../../server/models/Meeting";
import { User } from "../../../../server/models/User";
import type { Role } from "../../../../shared/domain";
import { buildOrganisation, buildUser, type BuiltUser } from "../../../support/factories";
import { agendaEntry, buildDecision, buildMeeting } from "../../../support/meetingFactories";
import { expectProblem } from "../../../support/problemAssertions";
import { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";
import { eventually, YClient } from "../../../support/yClient";

const VICTIM_NOTE = "A victim who is identified in Rotterdam can be sheltered in Antwerp the same day, with an interpreter.";

describe("routes: meeting minutes", () => {
  let server: TestServer;
  const clients: YClient[] = [];
  const signIn = async (built: BuiltUser) => {
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return client;
  };
  const signedIn = async (role: Role, name?: string) => {
    const built = await buildUser({ role, name });
    return { built, client: await signIn(built) };
  };
  const plainText = async (documentId: string) => documentPlainText(ydocFromState((await documentStore.load(documentId)).state));

  /** A closed meeting in Dutch: a section, an information item and a decision item with a vote, an action item. */
  const closedMeeting = async (participants: BuiltUser[], chair: BuiltUser, title = "Werkgroep mensenhandel — najaarsvergadering") => {
    const shelter = agendaEntry({ title: "Uitwisseling van vrije opvangplaatsen", type: "decision", presenter: "Payoke", plannedMinutes: 30, tags: ["shelter_and_care", "referral"] });
    const meeting = await buildMeeting({
      title,
      status: "closed",
      startsAt: new Date("2026-03-14T09:30:00Z"),
      participants,
      agenda: [agendaEntry({ kind: "section", title: "Opvang over de grens", plannedMinutes: 0 }), agendaEntry({ title: "Opening", type: "information", plannedMinutes: 5 }), shelter],
    });
    await Meeting.updateOne({ _id: meeting._id }, { $set: { language: "nl", attendance: [{ userId: participants[0]!.user.id, status: "present" }, { userId: participants[1]!.user.id, status: "excused" }] } });
    await buildDecision(meeting, chair, {
      itemId: shelter.id,
      text: "De opvangcentra delen hun vrije plaatsen elke week via de contactpunten.",
      method: "vote",
      votes: { for: 5, against: 0, abstain: 1 },
      victimNote: { kind: "considered", text: VICTIM_NOTE },
    });
    await ActionItem.create({ meetingId: String(meeting._id), itemId: shelter.id, description: "De lijst met contactpunten bijwerken", ownerId: participants[0]!.user.id, dueDate: "2026-04-01", createdBy: chair.user.id });
    return (await Meeting.findById(meeting._id).lean())!;
  };

  before(async () => (server = await startTestServer()));
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  after(() => server.stop());

  it("requires authentication", async () => {
    const meeting = await buildMeeting({ status: "closed" });
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expectProblem(await anonymous.post(`/api/meetings/${meeting._id}/minutes`), 401, "unauthorized");
    expect((await Meeting.findById(meeting._id).lean())!.minutesDocumentId).to.equal(null);
  });

  it("rejects a user without permission: members and observers cannot create the minutes, even of their own meeting", async () => {
    const member = await signedIn("member");
    const observer = await signedIn("observer");
    const meeting = await buildMeeting({ status: "closed", participants: [member.built, observer.built] });
    const before = await DocumentModel.countDocuments();
    expectProblem(await member.client.post(`/api/meetings/${meeting._id}/minutes`), 403, "forbidden");
    expectProblem(await observer.client.post(`/api/meetings/${meeting._id}/minutes`), 403, "forbidden");
    const outsider = await signedIn("member");
    expectProblem(await outsider.client.post(`/api/meetings/${meeting._id}/minutes`), 403, "forbidden");
    expect(await DocumentModel.countDocuments()).to.equal(before);
    expect((await Meeting.findById(meeting._id).lean())!.minutesDocumentId).to.equal(null);
    expect((await member.client.get(`/api/meetings/${meeting._id}`)).body.permissions.createMinutes).to.equal(false);
  });

  it("creates internal minutes in the meeting's language from the agenda, decisions (victim note included), actions and attendance; linked and audited", async () => {
    const chair = await signedIn("chair", "Noor Voorzitter");
    const belgian = await buildUser({ name: "Patricia Payoke" });
    const dutch = await buildUser({ name: "Ingrid Inspectie" });
    await User.updateOne({ _id: belgian.user._id }, { $set: { organisationId: (await buildOrganisation({ name: "Payoke", country: "BE" }))._id } });
    await User.updateOne({ _id: dutch.user._id }, { $set: { organisationId: (await buildOrganisation({ name: "Arbeidsinspectie", country: "NL" }))._id } });
    const meeting = await closedMeeting([belgian, dutch], chair.built);
    expect((await chair.client.get(`/api/meetings/${meeting._id}`)).body.permissions.createMinutes).to.equal(true);

    const response = await chair.client.post(`/api/meetings/${meeting._id}/minutes`);
    expect(response.status, JSON.stringify(response.body)).to.equal(200);
    expect(response.body.created).to.equal(true);
    const document = response.body.document;
    expect(document).to.include({ language: "nl", classification: "internal", status: "draft" });
    expect(document.title).to.equal("Notulen — Werkgroep mensenhandel — najaarsvergadering — 14 maart 2026");
    expect(document.tags).to.deep.equal(["shelter_and_care", "referral"]);
    expect(document.countries).to.deep.equal(["BE", "NL"]);
    expect(document.policies).to.include({ read: true, update: true });
    expect((await chair.client.get(`/api/meetings/${meeting._id}`)).body.minutesDocumentId).to.equal(document.id);

    const text = await plainText(document.id);
    for (const expected of [
      "Datum: zaterdag 14 maart 2026",
      "Plaats: Benelux House, Brussels",
      "Aanwezigheid",
      "België",
      "Nederland",
      "Aanwezig: Patricia Payoke (Payoke)",
      "Verontschuldigd: Ingrid Inspectie (Arbeidsinspectie)",
      "De lege stoel: Eén plaats, vrijgehouden voor de slachtoffers van mensenhandel",
      "Opvang over de grens",
      "1. Opening",
      "2. Uitwisseling van vrije opvangplaatsen",
      "Ter besluitvorming · Inleider: Payoke · 30 min gepland",
      "Verslag",
      "Besluit: De opvangcentra delen hun vrije plaatsen elke week via de contactpunten.",
      "Uitkomst: Aangenomen · Wijze: Bij stemming (5 voor, 0 tegen, 1 onthouding)",
      `Perspectief van het slachtoffer: ${VICTIM_NOTE}`,
      "Actiepunten",
      "De lijst met contactpunten bijwerken (door Patricia Payoke; uiterlijk 1 april 2026)",
    ]) {
      expect(text).to.include(expected);
    }
    expect(text.indexOf("1. Opening")).to.be.lessThan(text.indexOf("2. Uitwisseling"));
    expect((await DocumentModel.findById(document.id).lean())!.searchText, "searchable at once").to.include(VICTIM_NOTE);
    const entry = await AuditEntry.findOne({ action: "minutes.created", targetId: document.id }).lean();
    expect(entry?.actorId).to.equal(chair.built.user.id);
  });

  it("is idempotent: asking again, by anyone allowed, returns the same document", async () => {
    const chair = await signedIn("chair");
    const secretariat = await signedIn("secretariat");
    const member = await buildUser();
    const meeting = await closedMeeting([member, await buildUser()], chair.built, "Idempotent minutes");
    const first = await chair.client.post(`/api/meetings/${meeting._id}/minutes`);
    const [second, third] = await Promise.all([secretariat.client.post(`/api/meetings/${meeting._id}/minutes`), chair.client.post(`/api/meetings/${meeting._id}/minutes`)]);
    for (const again of [second, third]) {
      expect(again.status).to.equal(200);
      expect(again.body.created).to.equal(false);
      expect(again.body.document.id).to.equal(first.body.document.id);
    }
    expect(await DocumentModel.countDocuments({ title: first.body.document.title })).to.equal(1);
    expect(await AuditEntry.countDocuments({ action: "minutes.created", targetId: first.body.document.id })).to.equal(1);
  });

  it("creates one document when two organisers ask at the same moment", async () => {
    const chair = await signedIn("chair");
    const secretariat = await signedIn("secretariat");
    const meeting = await buildMeeting({ status: "in_progress", title: "Simultaneous minutes" });
    const answers = await Promise.all([chair.client.post(`/api/meetings/${meeting._id}/minutes`), secretariat.client.post(`/api/meetings/${meeting._id}/minutes`)]);
    expect(answers.map((a) => a.status)).to.deep.equal([200, 200]);
    expect(new Set(answers.map((a) => a.body.document.id)).size).to.equal(1);
    expect(answers.filter((a) => a.body.created)).to.have.length(1);
    expect(await DocumentModel.countDocuments({ title: { $regex: "Simultaneous minutes" } })).to.equal(1);
  });

  it("lets the meeting's participants open the minutes: members and chairs as an internal document, invited observers (named on it) once published through the guard", async () => {
    const chair = await signedIn("chair");
    const member = await signedIn("member");
    const observer = await signedIn("observer");
    const otherObserver = await signedIn("observer");
    const meeting = await closedMeeting([member.built, observer.built], chair.built);
    const { document } = (await chair.client.post(`/api/meetings/${meeting._id}/minutes`)).body;
    expect(document.memberIds).to.deep.equal([observer.built.user.id]);

    expect((await member.client.get(`/api/meetings/${meeting._id}`)).body.minutesDocumentId).to.equal(document.id);
    expect((await member.client.get(`/api/documents/${document.id}`)).body.policies).to.include({ read: true, update: true });
    expectProblem(await observer.client.get(`/api/documents/${document.id}`), 404, "not_found"); // observers read published versions only
    // The attendance list names people: the chair acknowledges each finding, then publishes.
    for (const finding of (await chair.client.get(`/api/documents/${document.id}/findings`)).body) {
      expect((await chair.client.post(`/api/documents/${document.id}/findings/acknowledge`, { key: finding.key })).status).to.equal(200);
    }
    expect((await chair.client.post(`/api/documents/${document.id}/publish`)).status).to.equal(200);
    expect((await observer.client.get(`/api/documents/${document.id}`)).body.policies).to.include({ read: true, update: false, readDraft: false });
    expectProblem(await otherObserver.client.get(`/api/documents/${document.id}`), 404, "not_found");

    const editor = await YClient.open(member.client, server.url, document.id);
    clients.push(editor);
    expect(editor.readOnly).to.equal(false);
    await eventually(() => documentPlainText(editor.ydoc).includes(VICTIM_NOTE), "the member's editor receives the minutes");
    const reader = await YClient.open(observer.client, server.url, document.id);
    clients.push(reader);
    expect(reader.readOnly).to.equal(true);
    await eventually(() => documentPlainText(reader.ydoc).includes("De opvangcentra delen hun vrije plaatsen"), "the observer reads the minutes");
  });

  it("writes a decision's 'not applicable' reason and archive number, and records whose item has gone", async () => {
    const chair = await signedIn("chair");
    const meeting = await buildMeeting({ status: "closed", title: "English meeting" });
    await buildDecision(meeting, chair.built, { victimNote: { kind: "not_applicable", text: "Only the date of the next meeting." }, archiveNumber: "BNL-2026-007" });
    await buildDecision(meeting, chair.built, { itemId: "0123456789abcdef01234567", text: "A decision on an item removed later." });
    const { document } = (await chair.client.post(`/api/meetings/${meeting._id}/minutes`)).body;
    expect(document.title).to.match(/^Minutes — English meeting — \d{1,2} \w+ \d{4}$/);
    const text = await plainText(document.id);
    expect(text).to.include("Victim's perspective does not apply: Only the date of the next meeting.");
    expect(text).to.include("Archived as BNL-2026-007");
    expect(text).to.include("The empty chair: one seat, kept free for the victims of trafficking");
    expect(text).to.include("Other decisions and action items\nDecision: A decision on an item removed later.");
  });
});
