import { expect } from "chai";
import { AgendaChange } from "../../../../server/models/AgendaChange";
import { AgendaProposal } from "../../../../server/models/AgendaProposal";
import { Meeting } from "../../../../server/models/Meeting";
import type { Role } from "../../../../shared/domain";
import { buildUser } from "../../../support/factories";
import { agendaEntry, buildMeeting } from "../../../support/meetingFactories";
import { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";
import { expectProblem } from "../../../support/problemAssertions";

describe("agenda routes", () => {
  let server: TestServer;
  const signedIn = async (role: Role) => {
    const built = await buildUser({ role });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return { client, built };
  };
  const operate = (client: TestClient, meetingId: unknown, body: unknown) => client.post(`/api/meetings/${meetingId}/agenda/operations`, body);
  const titles = async (meetingId: unknown) => (await Meeting.findById(meetingId).lean())!.agenda.map((e) => e.title);

  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("requires authentication (401) to read, change, propose and see the history", async () => {
    const meeting = await buildMeeting();
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expectProblem(await anonymous.get(`/api/meetings/${meeting._id}/agenda`), 401, "unauthorized");
    expectProblem(await operate(anonymous, meeting._id, { op: "remove", id: meeting.agenda[0]!.id }), 401, "unauthorized");
    expectProblem(await anonymous.post(`/api/meetings/${meeting._id}/proposals`, { title: "x" }), 401, "unauthorized");
    expectProblem(await anonymous.get(`/api/meetings/${meeting._id}/agenda/history`), 401, "unauthorized");
    expect(await titles(meeting._id)).to.deep.equal(["Opening", "Shelter capacity"]);
  });

  it("rejects a user without permission: members and observers cannot edit; observers cannot propose", async () => {
    const { client: member, built: m } = await signedIn("member");
    const { client: observer, built: o } = await signedIn("observer");
    const meeting = await buildMeeting({ participants: [m, o] });
    for (const client of [member, observer]) {
      expectProblem(await operate(client, meeting._id, { op: "move", id: meeting.agenda[1]!.id, toIndex: 0 }), 403, "forbidden");
      expectProblem(await operate(client, meeting._id, { op: "add", entry: { title: "Sneaked in" } }), 403, "forbidden");
    }
    expectProblem(await observer.post(`/api/meetings/${meeting._id}/proposals`, { title: "Observer idea" }), 403, "forbidden");
    expect(await titles(meeting._id)).to.deep.equal(["Opening", "Shelter capacity"]);
    expect(await AgendaProposal.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);
  });

  it("adds, updates, moves and removes entries, bumping the version and recording who did what", async () => {
    const { client, built } = await signedIn("chair");
    const meeting = await buildMeeting();
    const added = await operate(client, meeting._id, {
      op: "add",
      entry: { title: "Forced begging cases across the border", type: "decision", presenter: "KMar", plannedMinutes: 20, tags: ["forced_begging", "referral"] },
      index: 1,
    });
    expect(added.status, JSON.stringify(added.body)).to.equal(200);
    expect(added.body.agenda.version).to.equal(1);
    const newId = added.body.change.entryId;
    expect(added.body.agenda.entries.map((e: { title: string }) => e.title)).to.deep.equal(["Opening", "Forced begging cases across the border", "Shelter capacity"]);
    await operate(client, meeting._id, { op: "add", entry: { kind: "section", title: "Part 2: shelters" }, index: 2 });
    await operate(client, meeting._id, { op: "update", id: newId, changes: { plannedMinutes: 25, presenter: "KMar" } });
    const moved = await operate(client, meeting._id, { op: "move", id: meeting.agenda[0]!.id, toIndex: 3 });
    expect(moved.body.agenda.entries.map((e: { title: string }) => e.title)).to.deep.equal(["Forced begging cases across the border", "Part 2: shelters", "Shelter capacity", "Opening"]);
    expect(moved.body.change).to.include({ operation: "move", from: 1, to: 4 });
    const removed = await operate(client, meeting._id, { op: "remove", id: meeting.agenda[1]!.id });
    expect(removed.body.agenda.version).to.equal(5);

    const history = (await client.get(`/api/meetings/${meeting._id}/agenda/history`)).body;
    expect(history.map((c: { operation: string }) => c.operation)).to.deep.equal(["remove", "move", "update", "add", "add"]);
    expect(history[2]).to.deep.include({ fields: ["plannedMinutes"], actor: { id: built.user.id, name: built.user.name } });
    expect(await AgendaChange.countDocuments({ meetingId: String(meeting._id) })).to.equal(5);
  });

  it("refuses bad operations with a clear error and changes nothing", async () => {
    const { client } = await signedIn("secretariat");
    const meeting = await buildMeeting();
    const bad: unknown[] = [
      { op: "explode" },
      { op: "add" },
      { op: "add", entry: { title: "" } },
      { op: "add", entry: { title: "x".repeat(201) } },
      { op: "add", entry: { title: "Bad tag", tags: ["drugs"] } },
      { op: "add", entry: { title: "Bad type", type: "vote" } },
      { op: "add", entry: { title: "Minutes", plannedMinutes: -5 } },
      { op: "add", entry: { title: "Minutes", plannedMinutes: "10" } },
      { op: "add", entry: { title: "Docs", documentIds: ["not-an-id"] } },
      { op: "add", entry: { title: { $gt: "" } } },
      { op: "move", id: { $ne: null }, toIndex: 0 },
      { op: "move", id: meeting.agenda[0]!.id, toIndex: 1.5 },
      { op: "update", id: meeting.agenda[0]!.id, changes: {} },
      { op: "update", id: meeting.agenda[0]!.id, changes: { kind: "section" } },
    ];
    for (const body of bad) expectProblem(await operate(client, meeting._id, body), 422, "validation_failed");
    expectProblem(await operate(client, meeting._id, { op: "remove", id: "0123456789abcdef01234567" }), 404, "agenda_entry_not_found");
    const closed = await buildMeeting({ status: "closed" });
    expectProblem(await operate(client, closed._id, { op: "remove", id: closed.agenda[0]!.id }), 403, "forbidden");
    const fresh = await Meeting.findById(meeting._id).lean();
    expect(fresh!.agendaVersion).to.equal(0);
    expect(fresh!.agenda.map((e) => e.title)).to.deep.equal(["Opening", "Shelter capacity"]);
  });

  it("serialises concurrent moves from several preparers into one order and version", async () => {
    const { client: a } = await signedIn("chair");
    const { client: b } = await signedIn("secretariat");
    const entries = Array.from({ length: 6 }, (_, i) => agendaEntry({ title: `E${i}` }));
    const meeting = await buildMeeting({ agenda: entries });
    const moves = entries.flatMap((e, i) => [operate(a, meeting._id, { op: "move", id: e.id, toIndex: 5 - i }), operate(b, meeting._id, { op: "move", id: e.id, toIndex: i % 3 })]);
    const results = await Promise.all(moves);
    expect(results.every((r) => r.status === 200)).to.equal(true);
    const versions = results.map((r) => r.body.agenda.version).sort((x, y) => x - y);
    expect(versions).to.deep.equal(Array.from({ length: 12 }, (_, i) => i + 1));
    const last = results.find((r) => r.body.agenda.version === 12)!;
    expect(await titles(meeting._id)).to.deep.equal(last.body.agenda.entries.map((e: { title: string }) => e.title));
    expect((await titles(meeting._id)).slice().sort()).to.deep.equal(entries.map((e) => e.title).sort());
  });

  it("lets a member propose an item that the chair accepts (it joins the agenda) or declines", async () => {
    const { client: member, built: m } = await signedIn("member");
    const { client: chair } = await signedIn("chair");
    const meeting = await buildMeeting({ participants: [m] });
    const proposed = await member.post(`/api/meetings/${meeting._id}/proposals`, { title: "Interpreters for victims at first contact", type: "discussion", plannedMinutes: 15, tags: ["identification"] });
    expect(proposed.status, JSON.stringify(proposed.body)).to.equal(201);
    expect(proposed.body).to.include({ status: "pending" });
    const second = await member.post(`/api/meetings/${meeting._id}/proposals`, { title: "Off-topic" });
    expectProblem(await member.post(`/api/meetings/${meeting._id}/proposals/${proposed.body.id}/decision`, { accept: true }), 403, "forbidden");
    expectProblem(await member.post(`/api/meetings/${meeting._id}/proposals`, { title: "x", plannedMinutes: 9999 }), 422, "validation_failed");

    const accepted = await chair.post(`/api/meetings/${meeting._id}/proposals/${proposed.body.id}/decision`, { accept: true });
    expect(accepted.status, JSON.stringify(accepted.body)).to.equal(200);
    expect(accepted.body.status).to.equal("accepted");
    expect(await titles(meeting._id)).to.deep.equal(["Opening", "Shelter capacity", "Interpreters for victims at first contact"]);
    expectProblem(await chair.post(`/api/meetings/${meeting._id}/proposals/${proposed.body.id}/decision`, { accept: true }), 409, "already_decided");
    const declined = await chair.post(`/api/meetings/${meeting._id}/proposals/${second.body.id}/decision`, { accept: false, reason: "Not for this group" });
    expect(declined.body).to.include({ status: "declined", reason: "Not for this group" });
    expect((await titles(meeting._id)).length).to.equal(3);
    const history = (await chair.get(`/api/meetings/${meeting._id}/agenda/history`)).body;
    expect(history[0]).to.include({ operation: "accept_proposal", entryTitle: "Interpreters for victims at first contact" });
  });
});
