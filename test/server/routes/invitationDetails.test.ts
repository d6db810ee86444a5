import { expect } from "chai";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { Invitation } from "../../../server/models/Invitation";
import { Organisation } from "../../../server/models/Organisation";
import { User } from "../../../server/models/User";
import type { Role } from "../../../shared/domain";
import { buildOrganisation, buildUser } from "../../support/factories";
import { expectProblem, issuePaths } from "../../support/problems";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

let sequence = 0;
const freshEmail = (label = "invitee") => `${label}.${process.pid}.${++sequence}@example.test`;
const freshOrganisation = () => ({ name: `Sociale Inspectie ${process.pid}-${++sequence}`, discipline: "labour_inspection", country: "BE" });

/** What an invitation carries beyond address and role: the invitee's name and language, and a new organisation added in place. */
describe("invitation routes: name, language and a new organisation", () => {
  let server: TestServer;
  const signedIn = async (role: Role) => {
    const built = await buildUser({ role });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return client;
  };
  /** Nothing was made: no invitation for the address, no organisation of that name, no audit of either. */
  const expectNothingCreated = async (email: string, organisationName?: string) => {
    expect(await Invitation.exists({ email })).to.equal(null);
    expect(await AuditEntry.countDocuments({ action: "invitation.created", targetLabel: email })).to.equal(0);
    if (organisationName) {
      expect(await Organisation.exists({ name: organisationName })).to.equal(null);
      expect(await AuditEntry.countDocuments({ action: "organisation.created", targetLabel: organisationName })).to.equal(0);
    }
  };

  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("requires authentication (401) and creates neither invitation nor organisation", async () => {
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    const email = freshEmail();
    const organisation = freshOrganisation();
    expectProblem(await anonymous.post("/api/invitations", { email, role: "member", name: "Lotte", language: "nl", organisation }), 401, "unauthorized");
    await expectNothingCreated(email, organisation.name);
  });

  it("rejects a member, a chair and an observer (403): no invitation, no organisation", async () => {
    for (const role of ["member", "chair", "observer"] as const) {
      const client = await signedIn(role);
      const email = freshEmail(role);
      const organisation = freshOrganisation();
      expectProblem(await client.post("/api/invitations", { email, role: "member", name: "Lotte", language: "nl", organisation }), 403, "forbidden");
      await expectNothingCreated(email, organisation.name);
    }
  });

  it("keeps the invitee's name and language; the link's preview and the account made from it carry them", async () => {
    const admin = await signedIn("secretariat");
    const email = freshEmail();
    const created = await admin.post("/api/invitations", { email, role: "member", name: "  Lotte Labour  ", language: "fr" });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    expect(created.body.invitation).to.include({ name: "Lotte Labour", language: "fr" });
    expect(await Invitation.findOne({ email }).lean()).to.include({ name: "Lotte Labour", language: "fr" });

    const token = (created.body.link.link as string).split("/invite/")[1]!;
    const invitee = new TestClient(server.url);
    await invitee.session();
    const preview = await invitee.get(`/api/invitations/by-token/${token}`);
    expect(preview.body).to.include({ email, name: "Lotte Labour", language: "fr" });
    const accepted = await invitee.post(`/api/invitations/by-token/${token}/accept`, { name: preview.body.name, language: preview.body.language, password: "de stoel aan tafel blijft leeg" });
    expect(accepted.status, JSON.stringify(accepted.body)).to.equal(201);
    expect(await User.findOne({ email }).lean()).to.include({ name: "Lotte Labour", language: "fr", role: "member" });
  });

  it("an invitation without name or language previews them as null, as before", async () => {
    const admin = await signedIn("secretariat");
    const created = await admin.post("/api/invitations", { email: freshEmail(), role: "member" });
    expect(created.body.invitation).to.include({ name: null, language: null });
    const token = (created.body.link.link as string).split("/invite/")[1]!;
    expect((await new TestClient(server.url).get(`/api/invitations/by-token/${token}`)).body).to.include({ name: null, language: null });
  });

  it("adds the invitee's new organisation with the invitation: in the list, audited, and the account belongs to it", async () => {
    const admin = await signedIn("secretariat");
    const email = freshEmail();
    const organisation = freshOrganisation();
    const created = await admin.post("/api/invitations", { email, role: "member", organisation });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    const stored = await Organisation.findOne({ name: organisation.name }).lean();
    expect(stored).to.include({ discipline: "labour_inspection", country: "BE" });
    expect(created.body.invitation.organisation).to.include({ id: String(stored!._id), name: organisation.name });
    expect(String((await Invitation.findOne({ email }).lean())!.organisationId)).to.equal(String(stored!._id));
    expect(await AuditEntry.countDocuments({ action: "organisation.created", targetId: String(stored!._id) })).to.equal(1);
    expect((await admin.get("/api/organisations")).body.map((o: { name: string }) => o.name)).to.include(organisation.name);

    const token = (created.body.link.link as string).split("/invite/")[1]!;
    const invitee = new TestClient(server.url);
    await invitee.session();
    expect((await invitee.post(`/api/invitations/by-token/${token}/accept`, { name: "Lotte Labour", language: "nl", password: "de stoel aan tafel blijft leeg" })).status).to.equal(201);
    expect(String((await User.findOne({ email }).lean())!.organisationId)).to.equal(String(stored!._id));
  });

  it("refuses a new organisation that already exists (409 organisation_exists) and creates no invitation", async () => {
    const admin = await signedIn("secretariat");
    const existing = await buildOrganisation({ name: `Payoke ${process.pid}-${++sequence}`, discipline: "shelter_ngo", country: "BE" });
    const email = freshEmail();
    expectProblem(await admin.post("/api/invitations", { email, role: "member", organisation: { name: existing.name, discipline: "shelter_ngo", country: "BE" } }), 409, "organisation_exists");
    await expectNothingCreated(email);
    expect(await Organisation.countDocuments({ name: existing.name })).to.equal(1);
  });

  it("refuses to invite an address that has an account (409) before adding the organisation", async () => {
    const admin = await signedIn("secretariat");
    const someone = await buildUser({ role: "member" });
    const organisation = freshOrganisation();
    expectProblem(await admin.post("/api/invitations", { email: someone.email, role: "member", organisation }), 409, "account_exists");
    expect(await Organisation.exists({ name: organisation.name })).to.equal(null);
  });

  describe("bad input", () => {
    let admin: TestClient;
    before(async () => (admin = await signedIn("secretariat")));
    const cases: Array<[string, (email: string, organisation: ReturnType<typeof freshOrganisation>) => unknown, string]> = [
      ["an over-long name", (email) => ({ email, role: "member", name: "N".repeat(201) }), "body.name"],
      ["a blank name", (email) => ({ email, role: "member", name: "   " }), "body.name"],
      ["a name as an object", (email) => ({ email, role: "member", name: { $ne: "" } }), "body.name"],
      ["a name as a number", (email) => ({ email, role: "member", name: 42 }), "body.name"],
      ["an unknown language", (email) => ({ email, role: "member", language: "de" }), "body.language"],
      ["a language as an array", (email) => ({ email, role: "member", language: ["nl"] }), "body.language"],
      ["both an organisation and a new one", (email, organisation) => ({ email, role: "member", organisationId: "0123456789abcdef01234567", organisation }), "body.organisation"],
      ["a new organisation without a name", (email, organisation) => ({ email, role: "member", organisation: { ...organisation, name: "" } }), "body.organisation.name"],
      ["a new organisation with an over-long name", (email, organisation) => ({ email, role: "member", organisation: { ...organisation, name: "O".repeat(500) } }), "body.organisation.name"],
      ["a new organisation with an operator as name", (email, organisation) => ({ email, role: "member", organisation: { ...organisation, name: { $gt: "" } } }), "body.organisation.name"],
      ["a new organisation of an unknown discipline", (email, organisation) => ({ email, role: "member", organisation: { ...organisation, discipline: "army" } }), "body.organisation.discipline"],
      ["a new organisation without a country", (email, organisation) => ({ email, role: "member", organisation: { name: organisation.name, discipline: organisation.discipline } }), "body.organisation.country"],
      ["a new organisation in an unknown country", (email, organisation) => ({ email, role: "member", organisation: { ...organisation, country: "DE" } }), "body.organisation.country"],
      ["a new organisation as a string", (email) => ({ email, role: "member", organisation: "Payoke" }), "body.organisation"],
    ];
    for (const [what, body, path] of cases) {
      it(`refuses ${what} with 422: no invitation, no organisation`, async () => {
        const email = freshEmail();
        const organisation = freshOrganisation();
        const organisations = await Organisation.countDocuments();
        const response = await admin.post("/api/invitations", body(email, organisation));
        expectProblem(response, 422, "validation_failed");
        expect(issuePaths(response)).to.include(path);
        await expectNothingCreated(email, organisation.name);
        expect(await Organisation.countDocuments()).to.equal(organisations);
      });
    }
  });
});
