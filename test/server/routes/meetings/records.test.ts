import { expect } from "chai";
import { ActionItem } from "../../../../server/models/ActionItem";
import { Decision } from "../../../../server/models/Decision";
import type { Role } from "../../../../shared/domain";
import { buildUser } from "../../../support/factories";
import { agendaEntry, buildDecision, buildMeeting } from "../../../support/meetingFactories";
import { expectProblem } from "../../../support/problemAssertions";
import { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";

const NOTE = { kind: "considered", text: "Victims identified in one country can be sheltered in another when they are in danger at home." };

describe("decision and action item routes", () => {
  let server: TestServer;
  const signedIn = async (role: Role) => {
    const built = await buildUser({ role });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return { client, built };
  };
  const decisionInput = (itemId: string, overrides: Record<string, unknown> = {}) => ({
    itemId,
    text: "The shelters exchange their free places every week.",
    outcome: "adopted",
    method: "consensus",
    victimNote: NOTE,
    ...overrides,
  });
  const decisionItem = (meeting: Awaited<ReturnType<typeof buildMeeting>>) => meeting.agenda.find((e) => e.type === "decision")!.id;

  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("requires authentication (401) to read records, record decisions and action items", async () => {
    const meeting = await buildMeeting({ status: "in_progress" });
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expectProblem(await anonymous.get(`/api/meetings/${meeting._id}/records`), 401, "unauthorized");
    expectProblem(await anonymous.post(`/api/meetings/${meeting._id}/decisions`, decisionInput(decisionItem(meeting))), 401, "unauthorized");
    expectProblem(await anonymous.get("/api/action-items/mine"), 401, "unauthorized");
    expect(await Decision.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);
  });

  it("rejects a user without permission: members and observers cannot record decisions or action items", async () => {
    for (const role of ["member", "observer"] as const) {
      const { client, built } = await signedIn(role);
      const meeting = await buildMeeting({ status: "in_progress", participants: [built] });
      expectProblem(await client.post(`/api/meetings/${meeting._id}/decisions`, decisionInput(decisionItem(meeting))), 403, "forbidden");
      expectProblem(await client.post(`/api/meetings/${meeting._id}/action-items`, { itemId: meeting.agenda[0]!.id, description: "Do it", ownerId: built.user.id }), 403, "forbidden");
      expect(await Decision.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);
      expect(await ActionItem.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);
    }
  });

  it("refuses a decision without a victim-perspective note, or with an empty or too short one, and stores nothing", async () => {
    const { client } = await signedIn("chair");
    const meeting = await buildMeeting({ status: "in_progress" });
    const itemId = decisionItem(meeting);
    for (const victimNote of [undefined, null, { kind: "considered", text: "" }, { kind: "considered", text: "   ok   " }, { kind: "not_applicable", text: "" }]) {
      const response = await client.post(`/api/meetings/${meeting._id}/decisions`, decisionInput(itemId, { victimNote }));
      expectProblem(response, 422, "victim_note_required");
      expect(response.body.issues[0].path).to.equal("body.victimNote");
    }
    expectProblem(await client.post(`/api/meetings/${meeting._id}/decisions`, decisionInput(itemId, { victimNote: { kind: "maybe", text: "x".repeat(30) } })), 422, "validation_failed");
    expectProblem(await client.post(`/api/meetings/${meeting._id}/decisions`, decisionInput(itemId, { victimNote: { kind: "considered", text: { $gt: "" } } })), 422, "validation_failed");
    expect(await Decision.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);
  });

  it("records a decision with a victim note (or 'not applicable' with a reason), votes per country, on decision items only", async () => {
    const { client, built } = await signedIn("chair");
    const meeting = await buildMeeting({ status: "in_progress" });
    const itemId = decisionItem(meeting);
    const recorded = await client.post(`/api/meetings/${meeting._id}/decisions`, decisionInput(itemId, {
      method: "vote",
      votes: { for: 7, against: 1, abstain: 2 },
      votesByCountry: [{ country: "BE", for: 3, against: 0, abstain: 1 }, { country: "NL", for: 4, against: 1, abstain: 1 }],
    }));
    expect(recorded.status, JSON.stringify(recorded.body)).to.equal(201);
    expect(recorded.body).to.deep.include({ itemTitle: "Shelter capacity", votes: { for: 7, against: 1, abstain: 2 }, victimNote: NOTE, recordedBy: { id: built.user.id, name: built.user.name }, archiveNumber: null });
    const notApplicable = await client.post(`/api/meetings/${meeting._id}/decisions`, decisionInput(itemId, { victimNote: { kind: "not_applicable", text: "Only the date of the next meeting." } }));
    expect(notApplicable.status).to.equal(201);
    expectProblem(await client.post(`/api/meetings/${meeting._id}/decisions`, decisionInput(itemId, { method: "vote" })), 422, "votes_required");
    expectProblem(await client.post(`/api/meetings/${meeting._id}/decisions`, decisionInput(meeting.agenda[0]!.id)), 422, "not_a_decision_item");
    expectProblem(await client.post(`/api/meetings/${meeting._id}/decisions`, decisionInput(itemId, { text: "x".repeat(4001) })), 422, "validation_failed");
    const scheduled = await buildMeeting();
    expectProblem(await client.post(`/api/meetings/${scheduled._id}/decisions`, decisionInput(decisionItem(scheduled))), 403, "forbidden");

    const changed = await client.patch(`/api/decisions/${recorded.body.id}`, { ...decisionInput(itemId, { outcome: "postponed" }), itemId: undefined });
    expect(changed.status, JSON.stringify(changed.body)).to.equal(200);
    expect(changed.body.outcome).to.equal("postponed");
    expectProblem(await client.patch(`/api/decisions/${recorded.body.id}`, { text: "x", outcome: "adopted", method: "consensus" }), 422, "victim_note_required");
    const records = (await client.get(`/api/meetings/${meeting._id}/records`)).body;
    expect(records.decisions).to.have.length(2);
  });

  it("records action items; the owner sees them on 'my action items', overdue marked, and may change only their status", async () => {
    const { client: chair } = await signedIn("chair");
    const { client: owner, built: o } = await signedIn("member");
    const meeting = await buildMeeting({ status: "in_progress", participants: [o], agenda: [agendaEntry({ title: "Contact points" })] });
    const base = { itemId: meeting.agenda[0]!.id, ownerId: o.user.id };
    const late = await chair.post(`/api/meetings/${meeting._id}/action-items`, { ...base, description: "Update the Dutch contact points", dueDate: "2020-01-31" });
    expect(late.status, JSON.stringify(late.body)).to.equal(201);
    await chair.post(`/api/meetings/${meeting._id}/action-items`, { ...base, description: "Share the referral flowchart", dueDate: "2099-01-31" });
    expectProblem(await chair.post(`/api/meetings/${meeting._id}/action-items`, { ...base, description: "x", dueDate: "31/01/2030" }), 422, "validation_failed");
    expectProblem(await chair.post(`/api/meetings/${meeting._id}/action-items`, { ...base, description: "x", ownerId: "0123456789abcdef01234567" }), 422, "validation_failed");

    const mine = (await owner.get("/api/action-items/mine")).body;
    expect(mine.map((a: { description: string; overdue: boolean }) => [a.description, a.overdue])).to.deep.equal([
      ["Update the Dutch contact points", true],
      ["Share the referral flowchart", false],
    ]);
    expect(mine[0]).to.include({ meetingTitle: meeting.title, itemTitle: "Contact points" });
    const done = await owner.patch(`/api/action-items/${late.body.id}`, { status: "done" });
    expect(done.body).to.include({ status: "done", overdue: false });
    expectProblem(await owner.patch(`/api/action-items/${late.body.id}`, { description: "Something easier" }), 403, "forbidden");
    const { client: other } = await signedIn("member");
    expectProblem(await other.patch(`/api/action-items/${late.body.id}`, { status: "open" }), 403, "forbidden");
    expect((await ActionItem.findById(late.body.id).lean())!.description).to.equal("Update the Dutch contact points");
  });

  it("lets observers read a meeting's decisions but not change them", async () => {
    const { client, built } = await signedIn("observer");
    const chair = await buildUser({ role: "chair" });
    const meeting = await buildMeeting({ status: "closed", participants: [built] });
    const decision = await buildDecision(meeting, chair);
    expect((await client.get(`/api/meetings/${meeting._id}/records`)).body.decisions).to.have.length(1);
    expectProblem(await client.patch(`/api/decisions/${decision.id}`, { text: "x", outcome: "adopted", method: "consensus", victimNote: NOTE }), 403, "forbidden");
  });
});
