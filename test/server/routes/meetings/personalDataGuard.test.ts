import { expect } from "chai";
import { AgendaProposal } from "../../../../server/models/AgendaProposal";
import { ActionItem } from "../../../../server/models/ActionItem";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { ArchiveRecord } from "../../../../server/models/ArchiveRecord";
import { Meeting } from "../../../../server/models/Meeting";
import { Decision } from "../../../../server/models/Decision";
import type { Role } from "../../../../shared/domain";
import { buildUser } from "../../../support/factories";
import { buildDecision, buildMeeting } from "../../../support/meetingFactories";
import { expectProblem } from "../../../support/problemAssertions";
import { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";

const NAMING = { kind: "considered", text: "Het slachtoffer Ioana Popescu vroeg om opvang in een ander land, ver van de uitbuiters." };
const REWRITTEN = { kind: "considered", text: "Het slachtoffer vroeg om opvang in een ander land, ver van de uitbuiters." };

/** The personal-data guard on what people write in meetings: decisions (text, victim note) and action items go to the minutes and the archive. */
describe("decisions, action items and agenda descriptions: the personal-data guard", () => {
  let server: TestServer;
  const signedIn = async (role: Role) => {
    const built = await buildUser({ role });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return { client, built };
  };
  const input = (itemId: string, overrides: Record<string, unknown> = {}) => ({ itemId, text: "De opvanghuizen wisselen wekelijks hun vrije plaatsen uit.", outcome: "adopted", method: "consensus", victimNote: NAMING, ...overrides });
  const decisionItem = (meeting: Awaited<ReturnType<typeof buildMeeting>>) => meeting.agenda.find((e) => e.type === "decision")!.id;

  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("refuses a decision whose victim note names a victim with 422 personal_data_found listing the findings, and stores nothing", async () => {
    const { client } = await signedIn("chair");
    const meeting = await buildMeeting({ status: "in_progress" });
    const refused = await client.post(`/api/meetings/${meeting._id}/decisions`, input(decisionItem(meeting)));
    expectProblem(refused, 422, "personal_data_found");
    expect(refused.body.findings).to.deep.equal([
      { field: "victimNote.text", kind: "person_name", key: "person_name:ioana popescu", reason: "name_after_role", reasonContext: "Het slachtoffer", masked: "I. P******" },
    ]);
    const inText = await client.post(`/api/meetings/${meeting._id}/decisions`, input(decisionItem(meeting), { victimNote: REWRITTEN, text: "Contact: opvang@shelter.example of +32 470 12 34 56." }));
    expectProblem(inText, 422, "personal_data_found");
    expect(inText.body.findings.map((f: { field: string; kind: string }) => `${f.field}/${f.kind}`)).to.deep.equal(["text/email", "text/phone"]);
    expect(await Decision.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);
  });

  it("records it once rewritten, or once each finding is acknowledged (stored and audited); a change keeps the acknowledgement", async () => {
    const { client, built } = await signedIn("chair");
    const meeting = await buildMeeting({ status: "in_progress" });
    expect((await client.post(`/api/meetings/${meeting._id}/decisions`, input(decisionItem(meeting), { victimNote: REWRITTEN }))).status).to.equal(201);

    const wrongKey = await client.post(`/api/meetings/${meeting._id}/decisions`, input(decisionItem(meeting), { acknowledgedFindings: ["person_name:someone else"] }));
    expectProblem(wrongKey, 422, "personal_data_found");
    const recorded = await client.post(`/api/meetings/${meeting._id}/decisions`, input(decisionItem(meeting), { acknowledgedFindings: ["person_name:ioana popescu"] }));
    expect(recorded.status, JSON.stringify(recorded.body)).to.equal(201);
    const stored = (await Decision.findById(recorded.body.id).lean())!;
    expect(stored.acknowledgements.map((a) => [a.key, String(a.userId), a.userName])).to.deep.equal([["person_name:ioana popescu", built.user.id, built.user.name]]);
    const audited = await AuditEntry.find({ action: "decision.finding_acknowledged", targetId: recorded.body.id }).lean();
    expect(audited.map((e) => JSON.parse(String(e.details)))).to.deep.equal([{ kind: "person_name", key: "person_name:ioana popescu", field: "victimNote.text" }]);

    const { itemId: _omit, ...change } = input(decisionItem(meeting), { outcome: "postponed" });
    expect((await client.patch(`/api/decisions/${recorded.body.id}`, change)).status, "acknowledged before: no need to again").to.equal(200);
    expect(await AuditEntry.countDocuments({ action: "decision.finding_acknowledged", targetId: recorded.body.id })).to.equal(1);
    const newName = await client.patch(`/api/decisions/${recorded.body.id}`, { ...change, victimNote: { kind: "considered", text: "De werkgever, Marek Kowalski, bood geen opvang aan; het slachtoffer vroeg erom." } });
    expectProblem(newName, 422, "personal_data_found");
    expect((await Decision.findById(recorded.body.id).lean())!.victimNote.text, "nothing changed").to.equal(NAMING.text);
  });

  it("rejects bad acknowledgements (wrong types, oversize, injection) with 422 and stores nothing", async () => {
    const { client } = await signedIn("chair");
    const meeting = await buildMeeting({ status: "in_progress" });
    for (const acknowledgedFindings of ["person_name:ioana popescu", [{ $gt: "" }], ["x"], ["k".repeat(201)], Array.from({ length: 51 }, (_, i) => `person_name:n${i}`), null]) {
      expectProblem(await client.post(`/api/meetings/${meeting._id}/decisions`, input(decisionItem(meeting), { acknowledgedFindings })), 422, "validation_failed");
    }
    expect(await Decision.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);
  });

  it("rejects a user without permission: members and observers cannot record, acknowledgement or not", async () => {
    for (const role of ["member", "observer"] as const) {
      const { client, built } = await signedIn(role);
      const meeting = await buildMeeting({ status: "in_progress", participants: [built] });
      expectProblem(await client.post(`/api/meetings/${meeting._id}/decisions`, input(decisionItem(meeting), { acknowledgedFindings: ["person_name:ioana popescu"] })), 403, "forbidden");
      expect(await Decision.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);
      expect(await AuditEntry.exists({ action: "decision.finding_acknowledged", actorId: built.user.id })).to.equal(null);
    }
  });

  it("refuses to finalise a meeting with a decision stored before the check that names a victim, so the archive never holds it", async () => {
    const { client } = await signedIn("secretariat");
    const { built: chair } = await signedIn("chair");
    const meeting = await buildMeeting({ status: "closed" });
    const decision = await buildDecision(meeting, chair, { victimNote: NAMING });
    const refused = await client.post(`/api/meetings/${meeting._id}/finalise`);
    expectProblem(refused, 409, "personal_data_unacknowledged");
    expect(refused.body).to.deep.include({ decisionId: decision.id });
    expect(refused.body.findings.map((f: { masked: string }) => f.masked)).to.deep.equal(["I. P******"]);
    expect(await ArchiveRecord.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);
    await Decision.updateOne({ _id: decision._id }, { $set: { acknowledgements: [{ key: "person_name:ioana popescu", userId: chair.user.id, userName: chair.user.name, at: new Date() }] } });
    expect((await client.post(`/api/meetings/${meeting._id}/finalise`)).status).to.equal(200);
    expect(await ArchiveRecord.countDocuments({ meetingId: String(meeting._id) })).to.equal(1);
  });

  it("refuses an action item whose description holds personal data until rewritten or acknowledged (audited), on create and change", async () => {
    const { client, built } = await signedIn("chair");
    const meeting = await buildMeeting({ status: "in_progress", participants: [built] });
    const itemId = meeting.agenda[0]!.id;
    const body = { itemId, description: "Bel de werkgever op +32 470 12 34 56 over de opvang.", ownerId: built.user.id };
    const refused = await client.post(`/api/meetings/${meeting._id}/action-items`, body);
    expectProblem(refused, 422, "personal_data_found");
    expect(refused.body.findings.map((f: { field: string; kind: string }) => `${f.field}/${f.kind}`)).to.deep.equal(["description/phone"]);
    expect(await ActionItem.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);
    const created = await client.post(`/api/meetings/${meeting._id}/action-items`, { ...body, acknowledgedFindings: [refused.body.findings[0].key] });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    expect(await AuditEntry.countDocuments({ action: "actionItem.finding_acknowledged", targetId: created.body.id })).to.equal(1);

    const changed = await client.patch(`/api/action-items/${created.body.id}`, { description: "Mail naar jan.peeters@example.org sturen." });
    expectProblem(changed, 422, "personal_data_found");
    expect((await ActionItem.findById(created.body.id).lean())!.description, "nothing changed").to.equal(body.description);
    expectProblem(await client.patch(`/api/action-items/${created.body.id}`, { description: "x", acknowledgedFindings: "email:x" }), 422, "validation_failed");
    expect((await client.patch(`/api/action-items/${created.body.id}`, { description: "Een mail sturen naar het secretariaat." })).status).to.equal(200);
    expect((await ActionItem.findById(created.body.id).lean())!.acknowledgements, "the old acknowledgement goes with the text it was for").to.deep.equal([]);
  });

  it("refuses an agenda item description that names a victim until rewritten or acknowledged (audited); forbidden roles get 403 first", async () => {
    const { client } = await signedIn("chair");
    const meeting = await buildMeeting();
    const operate = (c: TestClient, body: unknown) => c.post(`/api/meetings/${meeting._id}/agenda/operations`, body);
    const entry = { title: "Opvang over de grens", description: "De zaak van het slachtoffer Ana Petrova uit Roemenië bespreken." };
    const refused = await operate(client, { op: "add", entry });
    expectProblem(refused, 422, "personal_data_found");
    expect(refused.body.findings.map((f: { field: string; kind: string; masked: string }) => [f.field, f.kind, f.masked])).to.deep.equal([["description", "person_name", "A. P******"]]);
    expect((await Meeting.findById(meeting._id).lean())!.agenda.map((e) => e.title)).to.not.include(entry.title);
    const { client: member } = await signedIn("member");
    expectProblem(await operate(member, { op: "add", entry }), 403, "forbidden");
    expectProblem(await operate(client, { op: "add", entry, acknowledgedFindings: [42] }), 422, "validation_failed");

    const added = await operate(client, { op: "add", entry, acknowledgedFindings: [refused.body.findings[0].key] });
    expect(added.status, JSON.stringify(added.body)).to.equal(200);
    const entryId = added.body.change.entryId;
    expect(await AuditEntry.countDocuments({ action: "agenda.finding_acknowledged", targetId: entryId })).to.equal(1);
    expectProblem(await operate(client, { op: "update", id: entryId, changes: { description: "Bel +32 470 12 34 56." } }), 422, "personal_data_found");
    expect((await operate(client, { op: "update", id: entryId, changes: { description: "De zaak bespreken zonder namen." } })).status).to.equal(200);
  });

  it("checks a proposal's description on submission: refused and nothing stored until rewritten or acknowledged; the chair then accepts the checked text", async () => {
    const { client: chair } = await signedIn("chair");
    const { client: member, built } = await signedIn("member");
    const meeting = await buildMeeting({ participants: [built] });
    const proposal = { title: "Opvang na de melding", description: "Het slachtoffer Ana Petrova wacht op opvang." };
    const refused = await member.post(`/api/meetings/${meeting._id}/proposals`, proposal);
    expectProblem(refused, 422, "personal_data_found");
    expect(refused.body.findings.map((f: { field: string; kind: string }) => [f.field, f.kind])).to.deep.equal([["description", "person_name"]]);
    for (const acknowledgedFindings of ["all", [42], [{ $gt: "" }], Array.from({ length: 51 }, (_, i) => `person_name:x${i}`)]) {
      expectProblem(await member.post(`/api/meetings/${meeting._id}/proposals`, { ...proposal, acknowledgedFindings }), 422, "validation_failed");
    }
    expect(await AgendaProposal.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);

    const key = refused.body.findings[0].key as string;
    const proposed = await member.post(`/api/meetings/${meeting._id}/proposals`, { ...proposal, acknowledgedFindings: [key] });
    expect(proposed.status, JSON.stringify(proposed.body)).to.equal(201);
    expect((await AgendaProposal.findById(proposed.body.id).lean())!.acknowledgements.map((a) => [a.key, String(a.userId)])).to.deep.equal([[key, String(built.user.id)]]);
    expect(await AuditEntry.countDocuments({ action: "proposal.finding_acknowledged", targetId: String(meeting._id) })).to.equal(1);
    const accepted = await chair.post(`/api/meetings/${meeting._id}/proposals/${proposed.body.id}/decision`, { accept: true });
    expect(accepted.status, JSON.stringify(accepted.body)).to.equal(200);
    expect((await Meeting.findById(meeting._id).lean())!.agenda.map((e) => e.title)).to.include("Opvang na de melding");
  });

  it("runs the agenda's guard when the chair accepts a proposal stored before the check: refused (it stays pending) until acknowledged", async () => {
    const { client: chair } = await signedIn("chair");
    const { built } = await signedIn("member");
    const meeting = await buildMeeting({ participants: [built] });
    const stored = await AgendaProposal.create({ meetingId: String(meeting._id), title: "Opvang na de melding", type: "discussion", description: "Het slachtoffer Ana Petrova wacht op opvang.", proposedBy: built.user.id });
    const decide = (body: unknown) => chair.post(`/api/meetings/${meeting._id}/proposals/${stored.id}/decision`, body);
    const refused = await decide({ accept: true });
    expectProblem(refused, 422, "personal_data_found");
    expect((await AgendaProposal.findById(stored.id).lean())!.status).to.equal("pending");
    expectProblem(await decide({ accept: true, acknowledgedFindings: "all" }), 422, "validation_failed");
    expect((await decide({ accept: true, acknowledgedFindings: [refused.body.findings[0].key] })).status).to.equal(200);
    expect((await Meeting.findById(meeting._id).lean())!.agenda.map((e) => e.title)).to.include("Opvang na de melding");
  });
});
