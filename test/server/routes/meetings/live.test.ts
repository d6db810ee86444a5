import { expect } from "chai";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { Meeting } from "../../../../server/models/Meeting";
import type { Role } from "../../../../shared/domain";
import { buildUser } from "../../../support/factories";
import { buildMeeting } from "../../../support/meetingFactories";
import { expectProblem } from "../../../support/problemAssertions";
import { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";

describe("live meeting routes", () => {
  let server: TestServer;
  const signedIn = async (role: Role) => {
    const built = await buildUser({ role });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return { client, built };
  };
  const put = (client: TestClient, path: string, body: unknown) => client.request("PUT", path, body);

  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("requires authentication (401) to start, set the current item and use the timer", async () => {
    const meeting = await buildMeeting();
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expectProblem(await anonymous.post(`/api/meetings/${meeting._id}/start`), 401, "unauthorized");
    expectProblem(await put(anonymous, `/api/meetings/${meeting._id}/current-item`, { itemId: meeting.agenda[0]!.id }), 401, "unauthorized");
    expectProblem(await anonymous.post(`/api/meetings/${meeting._id}/timer`, { action: "start" }), 401, "unauthorized");
    expect((await Meeting.findById(meeting._id).lean())!.status).to.equal("scheduled");
  });

  it("rejects a user without permission: a member cannot start, set the current item or run the timer", async () => {
    const { client, built } = await signedIn("member");
    const meeting = await buildMeeting({ participants: [built], status: "in_progress" });
    expectProblem(await client.post(`/api/meetings/${meeting._id}/start`), 403, "forbidden");
    expectProblem(await put(client, `/api/meetings/${meeting._id}/current-item`, { itemId: meeting.agenda[1]!.id }), 403, "forbidden");
    expectProblem(await client.post(`/api/meetings/${meeting._id}/timer`, { action: "start" }), 403, "forbidden");
    expectProblem(await client.post(`/api/meetings/${meeting._id}/close`), 403, "forbidden");
    const stored = (await Meeting.findById(meeting._id).lean())!;
    expect(stored.currentItemId).to.equal(null);
    expect(stored.status).to.equal("in_progress");
  });

  it("runs a meeting: start, current item, timer start/pause/reset with elapsed time kept per item, close", async () => {
    const { client } = await signedIn("chair");
    const meeting = await buildMeeting();
    const [first, second] = meeting.agenda.map((e) => e.id) as [string, string];
    expectProblem(await put(client, `/api/meetings/${meeting._id}/current-item`, { itemId: first }), 409, "invalid_status");
    const started = await client.post(`/api/meetings/${meeting._id}/start`);
    expect(started.body.status).to.equal("in_progress");
    expect(await AuditEntry.countDocuments({ action: "meeting.started", targetId: String(meeting._id) })).to.equal(1);
    expectProblem(await client.post(`/api/meetings/${meeting._id}/timer`, { action: "start" }), 409, "invalid_status");
    expect((await put(client, `/api/meetings/${meeting._id}/current-item`, { itemId: first })).body.currentItemId).to.equal(first);
    const running = (await client.post(`/api/meetings/${meeting._id}/timer`, { action: "start" })).body;
    expect(running.timer.itemId).to.equal(first);
    await new Promise((r) => setTimeout(r, 60));
    const paused = (await client.post(`/api/meetings/${meeting._id}/timer`, { action: "pause" })).body;
    expect(paused.timer).to.equal(null);
    expect(paused.elapsedMs[first]).to.be.greaterThan(0);
    await client.post(`/api/meetings/${meeting._id}/timer`, { action: "start" });
    const moved = (await put(client, `/api/meetings/${meeting._id}/current-item`, { itemId: second })).body;
    expect(moved.timer).to.equal(null); // leaving an item pauses its clock
    expect(moved.elapsedMs[first]).to.be.greaterThan(paused.elapsedMs[first]);
    await put(client, `/api/meetings/${meeting._id}/current-item`, { itemId: first });
    const reset = (await client.post(`/api/meetings/${meeting._id}/timer`, { action: "reset" })).body;
    expect(reset.elapsedMs[first]).to.equal(undefined);
    expectProblem(await put(client, `/api/meetings/${meeting._id}/current-item`, { itemId: "0123456789abcdef01234567" }), 404, "agenda_entry_not_found");
    expectProblem(await put(client, `/api/meetings/${meeting._id}/current-item`, { itemId: { $gt: "" } }), 422, "validation_failed");
    expectProblem(await client.post(`/api/meetings/${meeting._id}/timer`, { action: "rewind" }), 422, "validation_failed");
    const closed = (await client.post(`/api/meetings/${meeting._id}/close`)).body;
    expect(closed.status).to.equal("closed");
    expectProblem(await client.post(`/api/meetings/${meeting._id}/start`), 409, "invalid_status");
    const late = (await client.get(`/api/meetings/${meeting._id}/live`)).body;
    expect(late).to.include({ currentItemId: first, status: "closed" });
  });
});
