import { expect } from "chai";
import { migrateOrganisationDisciplines } from "../../../../server/directory/organisationMigration";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { ContactPoint } from "../../../../server/models/ContactPoint";
import { Organisation } from "../../../../server/models/Organisation";
import { User } from "../../../../server/models/User";
import { anonymousClient, buildContactPoint, buildOrganisation, signedIn } from "../../../support/directoryFactories";
import { expectProblem, issuePaths } from "../../../support/problems";
import { startTestServer, type TestServer } from "../../../support/testServer";

describe("directory organisation routes, grants and the discipline migration", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ verification: { enabled: false } })));
  after(() => server.stop());

  const details = {
    name: "Inspection du travail et des mines",
    discipline: "labour_inspection",
    country: "LU",
    officialNames: { nl: "Inspectie van arbeid en mijnen", fr: "Inspection du travail et des mines", en: "Labour and Mines Inspectorate" },
    address: { street: "Route de l'Exemple 3", postalCode: "L-8010", city: "Strassen" },
    website: "https://www.itm.example",
    languages: ["fr", "de", "lb", "pt"],
    channels: { switchboard: "+44 20 7946 0117", secureMailbox: "secure@itm.example", hours: "lun–ven 8h00–17h00", available24x7: false },
  };

  it("requires authentication (401)", async () => {
    const anonymous = await anonymousClient(server.url);
    const organisation = await buildOrganisation();
    expectProblem(await anonymous.get(`/api/organisations/${organisation.id}`), 401, "unauthorized");
    expectProblem(await anonymous.patch(`/api/organisations/${organisation.id}`, { website: "https://x.example" }), 401, "unauthorized");
    expectProblem(await anonymous.request("PUT", `/api/organisations/${organisation.id}/editors`, { editorIds: [] }), 401, "unauthorized");
    expectProblem(await anonymous.get("/api/directory/grants"), 401, "unauthorized");
  });

  it("creates an organisation with its directory details and filters the list by country, discipline, language and name", async () => {
    const { client: secretariat } = await signedIn(server.url, "secretariat");
    const created = await secretariat.post("/api/organisations", details);
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    expect(created.body).to.deep.include({ ...details, editorIds: [] });
    expect(created.body.policies).to.deep.equal({ update: true, manageEditors: true, addContactPoint: true });
    const { client: observer } = await signedIn(server.url, "observer");
    const names = async (query: string) => (await observer.get(`/api/organisations?${query}`)).body.map((o: { name: string }) => o.name);
    expect(await names("country=LU&discipline=labour_inspection")).to.deep.equal([details.name]);
    expect(await names("language=lb")).to.include(details.name);
    expect(await names("q=mijnen")).to.deep.equal([details.name]);
    expect(await names("q=inspectorate")).to.deep.equal([details.name]);
    expect(await names(`q=${encodeURIComponent(".*")}`)).to.deep.equal([]);
    expectProblem(await observer.get("/api/organisations?discipline=army"), 422, "validation_failed");
  });

  it("lets the organisation's members and named editors change it, not other members or observers; country moves its entries", async () => {
    const { client: secretariat } = await signedIn(server.url, "secretariat");
    const organisation = await buildOrganisation({ country: "BE" });
    const entry = await buildContactPoint(organisation);
    const { client: own } = await signedIn(server.url, "member", { organisation });
    const { client: other, built: otherUser } = await signedIn(server.url, "member");
    const { client: observer } = await signedIn(server.url, "observer", { organisation });
    expectProblem(await other.patch(`/api/organisations/${organisation.id}`, { website: "https://other.example" }), 403, "forbidden");
    expectProblem(await observer.patch(`/api/organisations/${organisation.id}`, { website: "https://observer.example" }), 403, "forbidden");
    expectProblem(await own.request("PUT", `/api/organisations/${organisation.id}/editors`, { editorIds: [otherUser.user.id] }), 403, "forbidden");
    expect((await own.patch(`/api/organisations/${organisation.id}`, { website: "https://own.example", country: "NL" })).body).to.include({ website: "https://own.example", country: "NL" });
    expect((await ContactPoint.findById(entry.id).lean())!.country).to.equal("NL");
    expect((await secretariat.request("PUT", `/api/organisations/${organisation.id}/editors`, { editorIds: [otherUser.user.id] })).status).to.equal(200);
    expect((await other.patch(`/api/organisations/${organisation.id}`, { channels: { switchboard: "+44 20 7946 0300" } })).body.channels.switchboard).to.equal("+44 20 7946 0300");
    expect(await AuditEntry.countDocuments({ action: "organisation.updated", targetId: organisation.id })).to.equal(2);
    expect(await AuditEntry.countDocuments({ action: "organisation.editors_changed", targetId: organisation.id })).to.equal(1);
  });

  it("refuses bad input (422) and duplicates (409), changing nothing", async () => {
    const { client: secretariat } = await signedIn(server.url, "secretariat");
    const organisation = await buildOrganisation({ name: "Unique org", country: "BE" });
    await buildOrganisation({ name: "Taken name", country: "BE" });
    const cases: Array<[unknown, string]> = [
      [{ website: "http://insecure.example" }, "body.website"],
      [{ website: "javascript:alert(1)" }, "body.website"],
      [{ channels: { switchboard: "0032 2 000" } }, "body.channels.switchboard"],
      [{ languages: ["nl", "nl"] }, "body.languages"],
      [{ officialNames: { nl: "n".repeat(201) } }, "body.officialNames.nl"],
      [{ discipline: "army" }, "body.discipline"],
      [{}, "body"],
    ];
    for (const [body, path] of cases) {
      const response = await secretariat.patch(`/api/organisations/${organisation.id}`, body);
      expectProblem(response, 422, "validation_failed");
      expect(issuePaths(response), JSON.stringify(body)).to.include(path);
    }
    expectProblem(await secretariat.patch(`/api/organisations/${organisation.id}`, { name: "Taken name" }), 409, "organisation_exists");
    expectProblem(await secretariat.request("PUT", `/api/organisations/${organisation.id}/editors`, { editorIds: ["0123456789abcdef01234567"] }), 422, "validation_failed");
    expect((await Organisation.findById(organisation.id).lean())!.name).to.equal("Unique org");
  });

  it("lets the secretariat grant an observer named contact points within their access, and withdraw it (audited)", async () => {
    const { client: secretariat } = await signedIn(server.url, "secretariat");
    const { client: member, built: memberUser } = await signedIn(server.url, "member");
    const { built: observer } = await signedIn(server.url, "observer", { accessUntil: new Date("2099-06-30T21:59:59Z") });
    expectProblem(await member.request("PUT", `/api/directory/grants/${observer.user.id}`, { until: "2099-01-01" }), 403, "forbidden");
    expectProblem(await member.get("/api/directory/grants"), 403, "forbidden");
    expectProblem(await secretariat.request("PUT", `/api/directory/grants/${memberUser.user.id}`, { until: "2099-01-01" }), 409, "not_an_observer");
    expectProblem(await secretariat.request("PUT", `/api/directory/grants/${observer.user.id}`, { until: "2099-12-31" }), 422, "validation_failed");
    expectProblem(await secretariat.request("PUT", `/api/directory/grants/${observer.user.id}`, { until: "2001-01-01" }), 422, "validation_failed");
    expectProblem(await secretariat.request("PUT", `/api/directory/grants/${observer.user.id}`, { until: "tomorrow" }), 422, "validation_failed");
    const granted = await secretariat.request("PUT", `/api/directory/grants/${observer.user.id}`, { until: "2099-01-01" });
    expect(granted.body).to.include({ userId: observer.user.id, peopleUntil: "2099-01-01" });
    expect((await secretariat.get("/api/directory/grants")).body.map((g: { userId: string }) => g.userId)).to.include(observer.user.id);
    expect((await secretariat.request("PUT", `/api/directory/grants/${observer.user.id}`, { until: null })).body.peopleUntil).to.equal(null);
    expect((await User.findById(observer.user.id).lean())!.directoryPeopleUntil).to.equal(null);
    expect(await AuditEntry.countDocuments({ action: { $in: ["directory.people_granted", "directory.people_grant_withdrawn"] }, targetId: observer.user.id })).to.equal(2);
  });

  it("migrates organisations written before the directory (type → discipline) once, keeping the old field", async () => {
    await Organisation.collection.insertMany([
      { name: "Old prosecution", type: "prosecution_justice", country: "BE" },
      { name: "Old Secrétariat", type: "secretariat", country: "BE" },
      { name: "Old unknown", type: "astrology", country: "NL" },
    ]);
    expect(await migrateOrganisationDisciplines()).to.equal(3);
    expect(await migrateOrganisationDisciplines()).to.equal(0);
    const migrated = await Organisation.collection.find({ name: /^Old / }).sort({ name: 1 }).toArray();
    expect(migrated.map((o) => [o.name, o.discipline, o.type, o.searchText])).to.deep.equal([
      ["Old Secrétariat", "secretariat", "secretariat", "old secretariat"],
      ["Old prosecution", "public_prosecution", "prosecution_justice", "old prosecution"],
      ["Old unknown", "other", "astrology", "old unknown"],
    ]);
  });
});
