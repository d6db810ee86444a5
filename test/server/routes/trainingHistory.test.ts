import { expect } from "chai";
import { downloadRaw } from "../../support/attachmentFiles";
import { signedInAs } from "../../support/documentFactories";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { createTraining } from "../../support/trainingFactories";

describe("routes: /api/trainings/history and /api/trainings/figures", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("requires authentication", async () => {
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expect((await anonymous.get("/api/trainings/history")).status).to.equal(401);
    expect((await anonymous.get("/api/trainings/figures")).status).to.equal(401);
  });

  it("rejects a user without permission: only organisers get the yearly figures; bad input is refused", async () => {
    const { http: member } = await signedInAs(server);
    const { http: observer } = await signedInAs(server, "observer");
    expect((await member.get("/api/trainings/figures")).status).to.equal(403);
    expect((await observer.get("/api/trainings/figures?format=csv")).status).to.equal(403);
    expect((await observer.get("/api/trainings/history")).status).to.equal(200);
    const { http: secretariat } = await signedInAs(server, "secretariat");
    expect((await secretariat.get("/api/trainings/figures?format=xml")).status).to.equal(422);
  });

  it("shows past trainings with counts per country and discipline, never names, and the figures per year and country", async () => {
    const { http: organiser } = await signedInAs(server, "secretariat");
    const { http: member } = await signedInAs(server);
    // A day long past whose registration stayed open, so the test can register over HTTP.
    const past = await createTraining(organiser, { title: "Shelter staff day 2016 (history test)", days: [{ date: "2016-09-20", startTime: "09:30", endTime: "16:30" }] });
    const upcoming = await createTraining(organiser, { title: "Upcoming (history test)" });
    const colleague = await member.post(`/api/trainings/${past}/registrations`, { forColleague: true, name: "Marie Weber", country: "LU", language: "fr", discipline: "shelter_ngo" });
    await member.post(`/api/trainings/${past}/registrations`, { country: "BE", language: "nl", discipline: "police" });
    await organiser.request("PUT", `/api/trainings/${past}/registrations/${colleague.body.id}/attendance`, { attended: true });

    const history = (await member.get("/api/trainings/history")).body as Array<Record<string, unknown>>;
    expect(history.map((h) => h.id)).to.include(past).and.not.include(upcoming);
    const entry = history.find((h) => h.id === past)!;
    expect(entry).to.include({ participants: 2, attended: 1 });
    expect(entry.perCountry).to.deep.include({ country: "LU", participants: 1, attended: 1 });
    expect(entry.perDiscipline).to.deep.equal([{ discipline: "police", participants: 1 }, { discipline: "shelter_ngo", participants: 1 }]);
    expect(entry.evaluation).to.deep.equal({ responses: 0, scales: [] });
    expect(JSON.stringify(history)).not.to.contain("Marie Weber");

    const figures = (await organiser.get("/api/trainings/figures")).body as Array<Record<string, unknown>>;
    const lu2016 = figures.find((f) => f.year === "2016" && f.country === "LU")!;
    expect(lu2016.participants).to.be.at.least(1);
    expect(lu2016.withoutAccount).to.be.at.least(1);
    const csv = await downloadRaw(organiser, "/api/trainings/figures?format=csv");
    expect(csv.headers.get("content-type")).to.match(/^text\/csv/);
    expect(csv.body.toString("utf8")).to.contain('"year";"country";"trainings";"participants";"attended";"without_account"').and.contain('"2016";"LU"');
  });
});
