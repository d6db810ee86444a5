import { createHash } from "node:crypto";
import { expect } from "chai";
import { CalendarFeed } from "../../../server/models/CalendarFeed";
import { buildUser } from "../../support/factories";
import { agendaEntry, buildMeeting } from "../../support/meetingFactories";
import { expectProblem } from "../../support/problemAssertions";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { expectValidIcs } from "../../support/icsAssertions";

describe("calendar routes", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  const signedIn = async (role: "member" | "chair" | "observer") => {
    const built = await buildUser({ role });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return { client, built };
  };
  const getText = async (client: TestClient | null, path: string) => {
    const response = await fetch(server.url + path, { headers: client ? { cookie: client.cookieHeader() } : {} });
    return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
  };

  it("requires authentication (401) for a meeting's file and the feed settings", async () => {
    const meeting = await buildMeeting();
    expect((await getText(null, `/api/meetings/${meeting._id}/calendar.ics`)).status).to.equal(401);
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expectProblem(await anonymous.post("/api/calendar/feed"), 401, "unauthorized");
  });

  it("rejects a user without permission: no .ics of a meeting one may not see", async () => {
    const { client } = await signedIn("member");
    const meeting = await buildMeeting();
    expect((await getText(client, `/api/meetings/${meeting._id}/calendar.ics`)).status).to.equal(403);
  });

  it("serves a valid .ics for a meeting, in UTC, with its agenda", async () => {
    const { client, built } = await signedIn("member");
    const meeting = await buildMeeting({ participants: [built], title: "Werkgroep; voorjaar, Brussel", startsAt: new Date("2030-03-14T08:30:00Z"), agenda: [agendaEntry({ title: "Opvang over de grens" })] });
    const ics = await getText(client, `/api/meetings/${meeting._id}/calendar.ics`);
    expect(ics.status).to.equal(200);
    expect(ics.type).to.match(/^text\/calendar/);
    expectValidIcs(ics.text);
    const unfolded = ics.text.replace(/\r\n /g, "");
    expect(unfolded).to.include(`UID:meeting-${meeting._id}@greychair`);
    expect(unfolded).to.include("DTSTART:20300314T083000Z");
    expect(unfolded).to.include("DTEND:20300314T103000Z");
    expect(unfolded).to.include("SUMMARY:Werkgroep\\; voorjaar\\, Brussel");
    expect(unfolded).to.include("1. Opvang over de grens");
  });

  it("issues a personal feed with a secret address (only its hash stored), lists the user's meetings, and stops when revoked", async () => {
    const { client, built } = await signedIn("observer");
    const invited = await buildMeeting({ participants: [built], title: "Invited meeting" });
    await buildMeeting({ title: "Not invited" });
    await buildMeeting({ participants: [built], title: "Draft meeting", status: "draft" });
    expect((await client.get("/api/calendar/feed")).body.active).to.equal(false);
    const created = await client.post("/api/calendar/feed");
    expect(created.status).to.equal(201);
    const url = new URL(created.body.url);
    const token = url.pathname.match(/\/api\/calendar\/feeds\/([A-Za-z0-9_-]{43})\.ics$/)![1]!;
    const stored = await CalendarFeed.findOne({ userId: built.user.id }).lean();
    expect(JSON.stringify(stored)).not.to.include(token);
    expect(stored!.tokenHash).to.equal(createHash("sha256").update(token).digest("hex"));

    const feed = await getText(null, url.pathname);
    expect(feed.status).to.equal(200);
    expectValidIcs(feed.text);
    expect(feed.text).to.include(`UID:meeting-${invited._id}@greychair`);
    expect(feed.text).not.to.include("Not invited");
    expect(feed.text).not.to.include("Draft meeting");

    const replaced = await client.post("/api/calendar/feed");
    expect((await getText(null, url.pathname)).status).to.equal(404);
    expect((await getText(null, new URL(replaced.body.url).pathname)).status).to.equal(200);
    expect((await client.delete("/api/calendar/feed")).status).to.equal(204);
    expect((await getText(null, new URL(replaced.body.url).pathname)).status).to.equal(404);
    expect((await getText(null, "/api/calendar/feeds/short.ics")).status).to.equal(422);
    expect((await getText(null, `/api/calendar/feeds/${"a".repeat(43)}.ics`)).status).to.equal(404);
  });
});
