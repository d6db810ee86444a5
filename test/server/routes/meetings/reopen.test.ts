import { expect } from "chai";
import meetingConductor from "../../../../server/commands/meetingConductor";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { Meeting } from "../../../../server/models/Meeting";
import type { Role } from "../../../../shared/domain";
import type { PresentedLiveState } from "../../../../shared/meetingTypes";
import { buildUser, type BuiltUser } from "../../../support/factories";
import { buildMeeting } from "../../../support/meetingFactories";
import { expectProblem } from "../../../support/problemAssertions";
import { connectSocket, socketReady, type TestSocket } from "../../../support/socketClient";
import { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";

/** A meeting that ran and was closed: the first item had 90 s on its clock, the second is current. */
const closedMeeting = async (participants: BuiltUser[] = []) => {
  const meeting = await buildMeeting({ status: "closed", participants });
  const [first, second] = meeting.agenda.map((e) => e.id) as [string, string];
  await Meeting.updateOne({ _id: meeting._id }, { $set: { startedAt: new Date(Date.now() - 3_600_000), closedAt: new Date(), currentItemId: second, elapsed: [{ itemId: first, ms: 90_000 }], timer: null } });
  return { meeting, first, second, path: `/api/meetings/${meeting._id}/reopen` };
};

describe("reopening a closed meeting (POST /api/meetings/:id/reopen)", () => {
  let server: TestServer;
  const sockets: TestSocket[] = [];
  const signedIn = async (role: Role) => {
    const built = await buildUser({ role });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return { client, built };
  };
  const status = async (id: unknown) => (await Meeting.findById(id).lean())!.status;

  before(async () => (server = await startTestServer()));
  afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
  after(() => server.stop());

  it("requires authentication (401)", async () => {
    const { meeting, path } = await closedMeeting();
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expectProblem(await anonymous.post(path), 401, "unauthorized");
    expect(await status(meeting._id)).to.equal("closed");
  });

  it("rejects a user without permission: members and observers of the meeting cannot reopen it", async () => {
    for (const role of ["member", "observer"] as const) {
      const { client, built } = await signedIn(role);
      const { meeting, path } = await closedMeeting([built]);
      expect((await client.get(`/api/meetings/${meeting._id}`)).body.permissions.reopen).to.equal(false);
      expectProblem(await client.post(path), 403, "forbidden");
      expect(await status(meeting._id), role).to.equal("closed");
    }
    expect(await AuditEntry.countDocuments({ action: "meeting.reopened" })).to.equal(0);
  });

  it("lets the chair reopen it: in progress again with the elapsed times and the current item kept, audited, and the room told", async () => {
    const { client: chair, built } = await signedIn("chair");
    const { meeting, first, second, path } = await closedMeeting();
    expect((await chair.get(`/api/meetings/${meeting._id}`)).body.permissions.reopen).to.equal(true);

    const socket = connectSocket(chair, server.url);
    sockets.push(socket);
    await socketReady(socket);
    expect((await socket.timeout(5_000).emitWithAck("meeting.join", { meetingId: String(meeting._id) })).ok).to.equal(true);
    const heardLive = new Promise<PresentedLiveState>((resolve) => socket.on("meeting.live", (live) => live.status === "in_progress" && resolve(live)));
    const heardDetails = new Promise<void>((resolve) => socket.on("meeting.changed", (change) => change.what === "details" && resolve()));

    const response = await chair.post(path);
    expect(response.status).to.equal(200);
    expect(response.body).to.include({ status: "in_progress", currentItemId: second, timer: null });
    expect(response.body.elapsedMs).to.deep.equal({ [first]: 90_000 });
    expect((await heardLive).elapsedMs).to.deep.equal({ [first]: 90_000 });
    await heardDetails;

    const stored = (await Meeting.findById(meeting._id).lean())!;
    expect(stored).to.include({ status: "in_progress", closedAt: null });
    const entry = (await AuditEntry.findOne({ action: "meeting.reopened", targetId: String(meeting._id) }).lean())!;
    expect(entry).to.include({ actorId: built.user.id });
    expect((await chair.get(`/api/meetings/${meeting._id}`)).body.permissions.reopen).to.equal(false);
    // And it can be closed again.
    expect((await chair.post(`/api/meetings/${meeting._id}/close`)).body.status).to.equal("closed");
  });

  it("lets the secretariat reopen it too", async () => {
    const { client } = await signedIn("secretariat");
    const { meeting, path } = await closedMeeting();
    expect((await client.post(path)).body.status).to.equal("in_progress");
    expect(await status(meeting._id)).to.equal("in_progress");
  });

  it("refuses a finalised meeting (its decisions are archived), and one that is not closed", async () => {
    const { client } = await signedIn("chair");
    for (const current of ["finalised", "in_progress", "scheduled", "draft"] as const) {
      const meeting = await buildMeeting({ status: current });
      expect((await client.get(`/api/meetings/${meeting._id}`)).body.permissions.reopen, current).to.equal(false);
      expectProblem(await client.post(`/api/meetings/${meeting._id}/reopen`), 403, "forbidden");
      expect(await status(meeting._id)).to.equal(current);
      expect(await AuditEntry.countDocuments({ action: "meeting.reopened", targetId: String(meeting._id) })).to.equal(0);
    }
  });

  it("refuses in the command when the meeting was finalised after it was loaded (409), changing nothing", async () => {
    const { built } = await signedIn("chair");
    const meeting = await buildMeeting({ status: "finalised" });
    const actor = { id: built.user.id, name: built.user.name, role: "chair" as const, active: true, ip: "127.0.0.1" };
    try {
      await meetingConductor({ actor, meetingId: String(meeting._id), action: { type: "reopen" } });
      expect.fail("reopened a finalised meeting");
    } catch (error) {
      expect(error).to.include({ status: 409, code: "invalid_status" });
    }
    expect(await status(meeting._id)).to.equal("finalised");
  });

  it("answers bad input clearly: a malformed id (422), an unknown meeting (404), an operator object", async () => {
    const { client } = await signedIn("chair");
    expectProblem(await client.post("/api/meetings/not-an-id/reopen"), 422, "validation_failed");
    expectProblem(await client.post("/api/meetings/0123456789abcdef01234567/reopen"), 404, "not_found");
    expectProblem(await client.post(`/api/meetings/${encodeURIComponent('{"$gt":""}')}/reopen`), 422, "validation_failed");
    const { path } = await closedMeeting();
    const withBody = await client.post(path, { status: "finalised", closedAt: null });
    expect(withBody.body.status).to.equal("in_progress"); // a body is not read
  });

  it("is in the OpenAPI document", async () => {
    const doc = (await new TestClient(server.url).get("/api/openapi.json")).body;
    expect(doc.paths["/api/meetings/{id}/reopen"].post.summary).to.match(/^Reopen a closed meeting/);
  });
});
