import { expect } from "chai";
import { documentStore } from "../../../server/collaboration/documentStore";
import { documentPlainText, ydocFromState } from "../../../server/documents/documentText";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { DocumentModel } from "../../../server/models/Document";
import { Training } from "../../../server/models/Training";
import { TrainingGroupSet } from "../../../server/models/TrainingGroupSet";
import type { PresentedTrainingGroups } from "../../../shared/trainingGroups";
import { signedInAs } from "../../support/documentFactories";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { createTraining } from "../../support/trainingFactories";

type Client = Awaited<ReturnType<typeof signedInAs>>;

/** A document's stored body as plain text. */
const bodyText = async (documentId: string) => documentPlainText(ydocFromState((await documentStore.load(documentId)).state));

describe("routes: /api/trainings/:id/groups", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  /** A training with members of three countries who registered themselves, and two colleagues without an account. */
  async function trainingWithParticipants() {
    const organiser = await signedInAs(server, "secretariat");
    const id = await createTraining(organiser.http, { capacity: 40 });
    const members: Client[] = [];
    for (const [country, discipline] of [["BE", "shelter_ngo"], ["BE", "police"], ["NL", "shelter_ngo"], ["NL", "police"], ["LU", "shelter_ngo"]] as const) {
      const member = await signedInAs(server);
      expect((await member.http.post(`/api/trainings/${id}/registrations`, { country, discipline, language: "nl" })).status).to.equal(201);
      members.push(member);
    }
    for (const [name, country] of [["Colleague One", "LU"], ["Colleague Two", "BE"]] as const) {
      expect((await members[0]!.http.post(`/api/trainings/${id}/registrations`, { forColleague: true, name, country, language: "fr" })).status).to.equal(201);
    }
    return { organiser, id, members };
  }

  const groupsOf = async (http: TestClient, id: string) => (await http.get(`/api/trainings/${id}/groups`)).body as PresentedTrainingGroups;

  it("requires authentication", async () => {
    const { id } = await trainingWithParticipants();
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expect((await anonymous.get(`/api/trainings/${id}/groups`)).status).to.equal(401);
    expect((await anonymous.post(`/api/trainings/${id}/groups/proposal`, { groupCount: 2 })).status).to.equal(401);
  });

  it("rejects a user without permission: members and observers neither see nor change the groups", async () => {
    const { organiser, id, members } = await trainingWithParticipants();
    const proposed = await organiser.http.post(`/api/trainings/${id}/groups/proposal`, { groupCount: 2 });
    const before = await TrainingGroupSet.findById(id).lean();
    const groupId = proposed.body.groups[0].id;
    const someone = proposed.body.groups[1].members[0].registrationId;
    for (const forbidden of [members[0]!, await signedInAs(server, "observer")]) {
      expect((await forbidden.http.get(`/api/trainings/${id}/groups`)).status).to.equal(403);
      expect((await forbidden.http.post(`/api/trainings/${id}/groups/proposal`, { groupCount: 3 })).status).to.equal(403);
      expect((await forbidden.http.post(`/api/trainings/${id}/groups/moves`, { registrationId: someone, groupId })).status).to.equal(403);
      expect((await forbidden.http.post(`/api/trainings/${id}/groups/${groupId}/case`, { language: "nl" })).status).to.equal(403);
      expect((await forbidden.http.post(`/api/trainings/${id}/groups/${groupId}/good-practice`, {})).status).to.equal(403);
    }
    expect(await TrainingGroupSet.findById(id).lean()).to.deep.equal(before);
    // A draft training stays invisible to members: not found, not forbidden.
    const draft = await createTraining(organiser.http, { status: "draft" });
    expect((await members[0]!.http.get(`/api/trainings/${draft}/groups`)).status).to.equal(404);
  });

  it("proposes balanced groups of the confirmed participants, audited", async () => {
    const { organiser, id } = await trainingWithParticipants();
    const response = await organiser.http.post(`/api/trainings/${id}/groups/proposal`, { groupCount: 3 });
    expect(response.status).to.equal(200);
    const body = response.body as PresentedTrainingGroups;
    expect(body.groups.map((g) => g.number)).to.deep.equal([1, 2, 3]);
    expect(body.groups.map((g) => g.members.length).sort()).to.deep.equal([2, 2, 3]);
    expect(body.unassigned).to.deep.equal([]);
    // Every group has people of at least two countries.
    for (const g of body.groups) expect(new Set(g.members.map((m) => m.country)).size, JSON.stringify(g)).to.be.at.least(2);
    expect(body.groups.flatMap((g) => g.members).filter((m) => !m.hasAccount).map((m) => m.name).sort()).to.deep.equal(["Colleague One", "Colleague Two"]);
    // Proposing again gives the same groups.
    const again = (await organiser.http.post(`/api/trainings/${id}/groups/proposal`, { groupCount: 3 })).body as PresentedTrainingGroups;
    expect(again.groups.map((g) => g.members.map((m) => m.registrationId))).to.deep.equal(body.groups.map((g) => g.members.map((m) => m.registrationId)));
    expect(await AuditEntry.countDocuments({ targetId: id, action: "training.groupsProposed" })).to.equal(2);
  });

  it("moves a participant by hand, into another group or out of every group", async () => {
    const { organiser, id } = await trainingWithParticipants();
    const proposed = (await organiser.http.post(`/api/trainings/${id}/groups/proposal`, { groupCount: 2 })).body as PresentedTrainingGroups;
    const [first, second] = proposed.groups as [PresentedTrainingGroups["groups"][0], PresentedTrainingGroups["groups"][0]];
    const moving = first.members[0]!.registrationId;
    const moved = (await organiser.http.post(`/api/trainings/${id}/groups/moves`, { registrationId: moving, groupId: second.id })).body as PresentedTrainingGroups;
    expect(moved.groups[0]!.members.map((m) => m.registrationId)).to.not.include(moving);
    expect(moved.groups[1]!.members.map((m) => m.registrationId)).to.include(moving);
    const out = (await organiser.http.post(`/api/trainings/${id}/groups/moves`, { registrationId: moving, groupId: null })).body as PresentedTrainingGroups;
    expect(out.unassigned.map((m) => m.registrationId)).to.deep.equal([moving]);
    expect(await AuditEntry.countDocuments({ targetId: id, action: "training.groupMemberMoved" })).to.equal(2);
  });

  it("gives a group its case from the case exercise template, restricted to its members with an account and the organisers", async () => {
    const { organiser, id, members } = await trainingWithParticipants();
    const chair = await signedInAs(server, "chair");
    const proposed = (await organiser.http.post(`/api/trainings/${id}/groups/proposal`, { groupCount: 2 })).body as PresentedTrainingGroups;
    const group = proposed.groups[0]!;
    const created = await organiser.http.post(`/api/trainings/${id}/groups/${group.id}/case`, { language: "fr" });
    expect(created.status).to.equal(201);
    const caseId = (created.body as PresentedTrainingGroups).groups[0]!.caseDocumentId!;
    const record = await DocumentModel.findById(caseId).lean();
    expect(record).to.include({ template: "case_exercise", classification: "restricted", language: "fr" });
    const inGroup = members.filter((m) => group.members.some((g) => g.name === m.built.user.name));
    const outside = members.filter((m) => !inGroup.includes(m));
    expect(inGroup.length).to.be.greaterThan(0);
    for (const m of inGroup) expect((await m.http.get(`/api/documents/${caseId}`)).status).to.equal(200);
    for (const m of outside) expect((await m.http.get(`/api/documents/${caseId}`)).status).to.equal(404);
    expect((await chair.http.get(`/api/documents/${caseId}`)).status).to.equal(200);
    const text = await bodyText(caseId);
    for (const heading of ["Situation", "Signaux", "Qui agit", "Par-delà quelle frontière", "Étapes d’orientation", "Ce dont la victime a besoin"]) expect(text, heading).to.include(heading);
    expect((await organiser.http.post(`/api/trainings/${id}/groups/${group.id}/case`, { language: "fr" })).status).to.equal(409);
    expect((await organiser.http.post(`/api/trainings/${id}/groups/proposal`, { groupCount: 3 })).body.code).to.equal("cases_created");
    // Moving someone with an account out of the group takes them off the case.
    const leaving = inGroup[0]!;
    const registrationId = group.members.find((g) => g.name === leaving.built.user.name)!.registrationId;
    await organiser.http.post(`/api/trainings/${id}/groups/moves`, { registrationId, groupId: proposed.groups[1]!.id });
    expect((await leaving.http.get(`/api/documents/${caseId}`)).status).to.equal(404);
  });

  it("turns a group's result into a good-practice draft after the training, keeping its origin", async () => {
    const { organiser, id } = await trainingWithParticipants();
    const proposed = (await organiser.http.post(`/api/trainings/${id}/groups/proposal`, { groupCount: 2 })).body as PresentedTrainingGroups;
    const group = proposed.groups[1]!;
    expect((await organiser.http.post(`/api/trainings/${id}/groups/${group.id}/good-practice`, {})).body.code).to.equal("training_not_over");
    await Training.updateOne({ _id: id }, { $set: { days: [{ date: "2016-09-22", startTime: "09:30", endTime: "16:30" }] } });
    expect((await organiser.http.post(`/api/trainings/${id}/groups/${group.id}/good-practice`, {})).body.code).to.equal("no_case");
    const caseId = (await organiser.http.post(`/api/trainings/${id}/groups/${group.id}/case`, { language: "en" })).body.groups[1].caseDocumentId;
    const drafted = await organiser.http.post(`/api/trainings/${id}/groups/${group.id}/good-practice`, {});
    expect(drafted.status).to.equal(201);
    const body = drafted.body as PresentedTrainingGroups;
    expect(body.trainingOver).to.equal(true);
    const draftId = body.groups[1]!.goodPracticeDocumentId!;
    const draft = await DocumentModel.findById(draftId).lean();
    expect(draft).to.include({ template: "good_practice", classification: "internal", status: "draft" });
    expect(draft!.origin).to.deep.equal({ documentId: caseId, trainingId: id, group: 2 });
    expect((await organiser.http.get(`/api/documents/${draftId}`)).body.origin).to.deep.equal({ documentId: caseId, trainingId: id, group: 2 });
    expect((await organiser.http.get(`/api/documents/${caseId}`)).body).to.not.have.property("origin");
    const text = await bodyText(draftId);
    expect(text).to.include("Drawn from the case of group 2").and.include("What the victim needs");
    expect((await organiser.http.post(`/api/trainings/${id}/groups/${group.id}/good-practice`, {})).body.code).to.equal("draft_exists");
  });

  it("rejects bad input with 422 or 404 and changes nothing", async () => {
    const { organiser, id } = await trainingWithParticipants();
    const proposed = (await organiser.http.post(`/api/trainings/${id}/groups/proposal`, { groupCount: 2 })).body as PresentedTrainingGroups;
    const before = await TrainingGroupSet.findById(id).lean();
    for (const body of [{}, { groupCount: 0 }, { groupCount: 31 }, { groupCount: 2.5 }, { groupCount: "2" }, { groupCount: { $gt: 1 } }, { groupCount: 2, extra: 1 }]) {
      expect((await organiser.http.post(`/api/trainings/${id}/groups/proposal`, body)).status, JSON.stringify(body)).to.equal(422);
    }
    const registrationId = proposed.groups[0]!.members[0]!.registrationId;
    for (const body of [{}, { registrationId }, { registrationId: "x", groupId: null }, { registrationId: { $ne: "" }, groupId: null }, { registrationId, groupId: "1234" }]) {
      expect((await organiser.http.post(`/api/trainings/${id}/groups/moves`, body)).status, JSON.stringify(body)).to.equal(422);
    }
    const nowhere = "0123456789abcdef01234567";
    expect((await organiser.http.post(`/api/trainings/${id}/groups/moves`, { registrationId: nowhere, groupId: null })).status).to.equal(404);
    expect((await organiser.http.post(`/api/trainings/${id}/groups/moves`, { registrationId, groupId: nowhere })).status).to.equal(404);
    for (const body of [{}, { language: "de" }, { language: "nl", extra: true }]) {
      expect((await organiser.http.post(`/api/trainings/${id}/groups/${proposed.groups[0]!.id}/case`, body)).status, JSON.stringify(body)).to.equal(422);
    }
    expect((await organiser.http.post(`/api/trainings/${id}/groups/${nowhere}/case`, { language: "nl" })).status).to.equal(404);
    expect((await organiser.http.get(`/api/trainings/${nowhere}/groups`)).status).to.equal(404);
    expect((await organiser.http.get(`/api/trainings/not-an-id/groups`)).status).to.equal(422);
    expect(await TrainingGroupSet.findById(id).lean()).to.deep.equal(before);
  });

  it("shows participants their own group and its case, and nobody else's", async () => {
    const { organiser, id, members } = await trainingWithParticipants();
    const outsider = await signedInAs(server);
    expect((await members[0]!.http.get(`/api/trainings/${id}/groups/mine`)).body).to.deep.equal([]);
    const proposed = (await organiser.http.post(`/api/trainings/${id}/groups/proposal`, { groupCount: 2 })).body as PresentedTrainingGroups;
    const group = proposed.groups.find((g) => g.members.some((m) => m.name === members[2]!.built.user.name))!;
    const caseId = ((await organiser.http.post(`/api/trainings/${id}/groups/${group.id}/case`, { language: "nl" })).body as PresentedTrainingGroups).groups.find((g) => g.id === group.id)!.caseDocumentId;
    expect((await members[2]!.http.get(`/api/trainings/${id}/groups/mine`)).body).to.deep.equal([{ number: group.number, caseDocumentId: caseId }]);
    expect((await outsider.http.get(`/api/trainings/${id}/groups/mine`)).body).to.deep.equal([]);
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expect((await anonymous.get(`/api/trainings/${id}/groups/mine`)).status).to.equal(401);
    const draft = await createTraining(organiser.http, { status: "draft" });
    expect((await outsider.http.get(`/api/trainings/${draft}/groups/mine`)).status).to.equal(404);
  });

  it("is in the OpenAPI document", async () => {
    const paths = Object.keys((await (await server.fetch("/api/openapi.json")).json()).paths);
    const wanted = ["groups", "groups/mine", "groups/proposal", "groups/moves", "groups/{groupId}/case", "groups/{groupId}/good-practice"].map((p) => `/trainings/{id}/${p}`);
    for (const path of wanted) expect(paths.some((p) => p.endsWith(path)), path).to.equal(true);
  });

  it("refuses a proposal without confirmed participants", async () => {
    const organiser = await signedInAs(server, "chair");
    const id = await createTraining(organiser.http);
    expect((await organiser.http.post(`/api/trainings/${id}/groups/proposal`, { groupCount: 2 })).body.code).to.equal("no_participants");
    expect((await groupsOf(organiser.http, id)).groups).to.deep.equal([]);
  });
});
