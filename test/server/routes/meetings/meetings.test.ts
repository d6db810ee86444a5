import { expect } from "chai";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { Meeting } from "../../../../server/models/Meeting";
import { User } from "../../../../server/models/User";
import type { Role } from "../../../../shared/domain";
import { buildOrganisation, buildUser } from "../../../support/factories";
import { buildMeeting } from "../../../support/meetingFactories";
import { expectProblem } from "../../../support/problemAssertions";
import { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";


const input = (overrides: Record<string, unknown> = {}) => ({
  title: "Ad-hoc working group THB — spring meeting",
  startsAt: "2030-03-14T08:30:00Z",
  durationMinutes: 150,
  place: "Benelux House, Regentschapsstraat 39, Brussels",
  videoUrl: "https://video.example.org/thb-spring",
  language: "nl",
  participantIds: [],
  ...overrides,
});

describe("meeting routes", () => {
  let server: TestServer;
  const signedIn = async (role: Role, options: Parameters<typeof buildUser>[0] = {}) => {
    const built = await buildUser({ role, ...options });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return { client, built };
  };

  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("requires authentication (401) to list, create, read and change", async () => {
    const meeting = await buildMeeting();
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expectProblem(await anonymous.get("/api/meetings"), 401, "unauthorized");
    expectProblem(await anonymous.post("/api/meetings", input({ title: "anonymous" })), 401, "unauthorized");
    expectProblem(await anonymous.get(`/api/meetings/${meeting._id}`), 401, "unauthorized");
    expectProblem(await anonymous.patch(`/api/meetings/${meeting._id}`, { title: "changed" }), 401, "unauthorized");
    expect(await Meeting.exists({ title: "anonymous" })).to.equal(null);
    expect((await Meeting.findById(meeting._id).lean())!.title).to.equal(meeting.title);
  });

  it("rejects a user without permission: members and observers cannot create or change; outsiders cannot read", async () => {
    for (const role of ["member", "observer"] as const) {
      const { client, built } = await signedIn(role);
      const meeting = await buildMeeting({ participants: [built] });
      expectProblem(await client.post("/api/meetings", input({ title: `by ${role}` })), 403, "forbidden");
      expectProblem(await client.patch(`/api/meetings/${meeting._id}`, { title: "changed" }), 403, "forbidden");
      const other = await buildMeeting();
      expectProblem(await client.get(`/api/meetings/${other._id}`), 403, "forbidden");
      expect(await Meeting.exists({ title: `by ${role}` })).to.equal(null);
      expect((await Meeting.findById(meeting._id).lean())!.title).to.equal(meeting.title);
    }
  });

  it("lets the secretariat and a chair create a meeting, audited, with everyone's permissions", async () => {
    for (const role of ["secretariat", "chair"] as const) {
      const { client, built } = await signedIn(role);
      const member = await buildUser({ role: "member" });
      const response = await client.post("/api/meetings", input({ participantIds: [member.user.id, built.user.id] }));
      expect(response.status, JSON.stringify(response.body)).to.equal(201);
      expect(response.body).to.include({ title: input().title, startsAt: "2030-03-14T08:30:00.000Z", endsAt: "2030-03-14T11:00:00.000Z", status: "scheduled", language: "nl", participantCount: 2 });
      expect(response.body.agenda).to.deep.equal({ meetingId: response.body.id, version: 0, entries: [] });
      expect(response.body.permissions).to.include({ edit: true, editAgenda: true, run: true, finalise: false });
      expect(response.body.participants.map((p: { id: string }) => p.id)).to.have.members([member.user.id, built.user.id]);
      expect(await AuditEntry.countDocuments({ action: "meeting.created", targetId: response.body.id })).to.equal(1);
    }
  });

  it("refuses bad input with a clear error and creates nothing", async () => {
    const { client } = await signedIn("secretariat");
    const before = await Meeting.countDocuments();
    const cases: Array<[Record<string, unknown>, string]> = [
      [input({ title: "" }), "body.title"],
      [input({ title: "x".repeat(201) }), "body.title"],
      [input({ title: { $gt: "" } }), "body.title"],
      [input({ startsAt: "next tuesday" }), "body.startsAt"],
      [input({ startsAt: "2030-03-14T08:30:00" }), "body.startsAt"],
      [input({ durationMinutes: "120" }), "body.durationMinutes"],
      [input({ durationMinutes: 5 }), "body.durationMinutes"],
      [input({ durationMinutes: 100_000 }), "body.durationMinutes"],
      [input({ language: "de" }), "body.language"],
      [input({ videoUrl: "javascript:alert(1)" }), "body.videoUrl"],
      [input({ videoUrl: "http://insecure.example" }), "body.videoUrl"],
      [input({ participantIds: [{ $ne: null }] }), "body.participantIds.0"],
      [input({ participantIds: "all" }), "body.participantIds"],
      [input({ status: "finalised" }), "body.status"],
      [{ ...input(), $where: "1" }, "body"],
      [{ title: "only a title" }, "body.startsAt"],
    ];
    for (const [body, path] of cases) {
      const response = await client.post("/api/meetings", body);
      expectProblem(response, 422, "validation_failed");
      expect(response.body.issues.map((i: { path: string }) => i.path).join(","), JSON.stringify(body)).to.include(path);
    }
    const stranger = await client.post("/api/meetings", input({ participantIds: ["0123456789abcdef01234567"] }));
    expectProblem(stranger, 422, "unknown_participant");
    const inactive = await buildUser({ role: "member", active: false });
    expectProblem(await client.post("/api/meetings", input({ participantIds: [inactive.user.id] })), 422, "unknown_participant");
    expect(await Meeting.countDocuments()).to.equal(before);
  });

  it("lists upcoming and past meetings: participants see theirs (not drafts), observers only where invited, organisers all", async () => {
    const member = await buildUser({ role: "member" });
    const observer = await buildUser({ role: "observer" });
    const upcoming = await buildMeeting({ title: "Upcoming with both", participants: [member, observer] });
    const past = await buildMeeting({ title: "Past with member", participants: [member], startsAt: new Date(Date.now() - 10 * 86_400_000), status: "finalised" });
    const draft = await buildMeeting({ title: "Draft with member", participants: [member], status: "draft" });
    const unrelated = await buildMeeting({ title: "Not invited" });

    const memberClient = new TestClient(server.url);
    await memberClient.signIn(member.email, member.password, member.totpSecret);
    const list = (await memberClient.get("/api/meetings")).body;
    expect(list.canCreate).to.equal(false);
    expect(list.upcoming.map((m: { id: string }) => m.id)).to.deep.equal([String(upcoming._id)]);
    expect(list.past.map((m: { id: string }) => m.id)).to.deep.equal([String(past._id)]);
    expectProblem(await memberClient.get(`/api/meetings/${draft._id}`), 403, "forbidden");

    const observerClient = new TestClient(server.url);
    await observerClient.signIn(observer.email, observer.password, observer.totpSecret);
    const seen = (await observerClient.get("/api/meetings")).body;
    expect([...seen.upcoming, ...seen.past].map((m: { id: string }) => m.id)).to.deep.equal([String(upcoming._id)]);
    const detail = await observerClient.get(`/api/meetings/${upcoming._id}`);
    expect(detail.status).to.equal(200);
    expect(Object.values(detail.body.permissions).every((v) => v === false)).to.equal(true);

    const { client: chair } = await signedIn("chair");
    const all = (await chair.get("/api/meetings")).body;
    const ids = [...all.upcoming, ...all.past].map((m: { id: string }) => m.id);
    expect(ids).to.include.members([String(upcoming._id), String(past._id), String(draft._id), String(unrelated._id)]);
    expect(all.canCreate).to.equal(true);
  });

  it("changes details and publishes a draft; refuses to reopen a started meeting or change a finalised one", async () => {
    const { client } = await signedIn("chair");
    const draft = await buildMeeting({ status: "draft" });
    const published = await client.patch(`/api/meetings/${draft._id}`, { status: "scheduled", title: "Published" });
    expect(published.status, JSON.stringify(published.body)).to.equal(200);
    expect(published.body).to.include({ status: "scheduled", title: "Published", place: "Benelux House, Brussels" }); // untouched fields stay

    const running = await buildMeeting({ status: "in_progress" });
    expectProblem(await client.patch(`/api/meetings/${running._id}`, { status: "draft" }), 409, "invalid_status");
    const finalised = await buildMeeting({ status: "finalised" });
    expectProblem(await client.patch(`/api/meetings/${finalised._id}`, { title: "Changed" }), 403, "forbidden");
    expectProblem(await client.patch(`/api/meetings/${draft._id}`, {}), 422, "validation_failed");
  });

  it("marks attendance with counts per country; members cannot; only participants can be marked", async () => {
    const be = await buildOrganisation({ country: "BE" });
    const nl = await buildOrganisation({ country: "NL" });
    const a = await buildUser({ role: "member" });
    const b = await buildUser({ role: "member" });
    const c = await buildUser({ role: "member" });
    await User.updateOne({ _id: a.user._id }, { organisationId: be._id });
    await User.updateOne({ _id: b.user._id }, { organisationId: be._id });
    await User.updateOne({ _id: c.user._id }, { organisationId: nl._id });
    const meeting = await buildMeeting({ participants: [a, b, c], status: "in_progress" });
    const { client: chair } = await signedIn("chair");
    expect((await chair.request("PUT", `/api/meetings/${meeting._id}/attendance`, { userId: a.user.id, status: "present" })).status).to.equal(200);
    await chair.request("PUT", `/api/meetings/${meeting._id}/attendance`, { userId: b.user.id, status: "excused" });
    const response = await chair.request("PUT", `/api/meetings/${meeting._id}/attendance`, { userId: c.user.id, status: "present" });
    expect(response.body.counts).to.deep.include({ country: "BE", present: 1, excused: 1, absent: 0, unmarked: 0 });
    expect(response.body.counts).to.deep.include({ country: "NL", present: 1, excused: 0, absent: 0, unmarked: 0 });

    const member = new TestClient(server.url);
    await member.signIn(a.email, a.password, a.totpSecret);
    expectProblem(await member.request("PUT", `/api/meetings/${meeting._id}/attendance`, { userId: a.user.id, status: "absent" }), 403, "forbidden");
    expect((await member.get(`/api/meetings/${meeting._id}/attendance`)).body.people.find((p: { id: string }) => p.id === a.user.id).status).to.equal("present");
    const outsider = await buildUser({ role: "member" });
    expectProblem(await chair.request("PUT", `/api/meetings/${meeting._id}/attendance`, { userId: outsider.user.id, status: "present" }), 422, "validation_failed");
    expectProblem(await chair.request("PUT", `/api/meetings/${meeting._id}/attendance`, { userId: a.user.id, status: "late" }), 422, "validation_failed");
  });
});
