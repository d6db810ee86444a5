import { createHash } from "node:crypto";
import { expect } from "chai";
import { totpCode } from "../../../server/auth/totp";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { Invitation } from "../../../server/models/Invitation";
import { Setting } from "../../../server/models/Setting";
import { User } from "../../../server/models/User";
import type { Role } from "../../../shared/domain";
import { buildOrganisation, buildUser } from "../../support/factories";
import { TestClient, type TestResponse } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { expectProblem, issuePaths } from "../../support/problems";



let sequence = 0;
const freshEmail = (label = "invitee") => `${label}.${process.pid}.${++sequence}@example.test`;

const acceptInput = (overrides: Record<string, unknown> = {}) => ({
  name: "Jana Vermeulen",
  password: "de stoel aan tafel blijft leeg",
  language: "en",
  ...overrides,
});

describe("invitation routes", () => {
  let server: TestServer;

  const visitor = async () => {
    const client = new TestClient(server.url);
    await client.session();
    return client;
  };
  const signedIn = async (role: Role, options: Parameters<typeof buildUser>[0] = {}) => {
    const built = await buildUser({ role, ...options });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return { client, built };
  };
  const secretariat = async () => (await signedIn("secretariat")).client;

  /** Creates an invitation through the API and returns it with its token. */
  const invite = async (admin: TestClient, input: Record<string, unknown> = {}) => {
    const response = await admin.post("/api/invitations", { email: freshEmail(), role: "member", ...input });
    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    const token = (response.body.link.link as string).split("/invite/")[1]!;
    return { invitation: response.body.invitation, link: response.body.link, token };
  };

  /** Sets up two-factor sign-in for the session's account, as the enrolment page does. */
  const completeEnrolment = async (client: TestClient) => {
    const setup = await client.post("/api/account/two-factor/setup");
    expect(setup.status, JSON.stringify(setup.body)).to.equal(200);
    const confirm = await client.post("/api/account/two-factor/confirm", { code: totpCode(setup.body.secret, Date.now()) });
    expect(confirm.status, JSON.stringify(confirm.body)).to.equal(200);
    expect(confirm.body.codes).to.have.length(10);
    return setup.body.secret as string;
  };

  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("requires authentication (401) to list, create and revoke", async () => {
    const { invitation } = await invite(await secretariat());
    const anonymous = await visitor();
    const email = freshEmail();
    expectProblem(await anonymous.get("/api/invitations"), 401, "unauthorized");
    expectProblem(await anonymous.post("/api/invitations", { email, role: "member" }), 401, "unauthorized");
    expectProblem(await anonymous.delete(`/api/invitations/${invitation.id}`), 401, "unauthorized");
    expect(await Invitation.exists({ email })).to.equal(null);
    expect((await Invitation.findById(invitation.id).lean())!.revokedAt).to.equal(null);
  });

  it("rejects a member, a chair and an observer (403) on list, create and revoke", async () => {
    const { invitation } = await invite(await secretariat());
    for (const role of ["member", "chair", "observer"] as const) {
      const { client } = await signedIn(role);
      const email = freshEmail(role);
      expectProblem(await client.get("/api/invitations"), 403, "forbidden");
      expectProblem(await client.post("/api/invitations", { email, role: "secretariat" }), 403, "forbidden");
      expectProblem(await client.delete(`/api/invitations/${invitation.id}`), 403, "forbidden");
      expect(await Invitation.exists({ email }), role).to.equal(null);
    }
    expect((await Invitation.findById(invitation.id).lean())!.revokedAt).to.equal(null);
    expect(await AuditEntry.countDocuments({ action: "invitation.revoked", targetId: invitation.id })).to.equal(0);
  });

  it("rejects a secretariat who has not set up two-factor sign-in yet (403 enrolment_required)", async () => {
    const built = await buildUser({ role: "secretariat", totp: false });
    const client = new TestClient(server.url);
    expect((await client.signIn(built.email, built.password)).stage).to.equal("enrolment");
    const email = freshEmail();
    expectProblem(await client.get("/api/invitations"), 403, "enrolment_required");
    expectProblem(await client.post("/api/invitations", { email, role: "member" }), 403, "enrolment_required");
    expect(await Invitation.exists({ email })).to.equal(null);
  });

  it("lets the secretariat create an invitation: a single-use link <url>/invite/<43-char token>, audited", async () => {
    const admin = await signedIn("secretariat");
    const organisation = await buildOrganisation({ name: "Payoke", discipline: "shelter_ngo", country: "BE" });
    const email = freshEmail();
    const response = await admin.client.post("/api/invitations", { email: email.toUpperCase(), role: "member", organisationId: organisation.id });
    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    const escapedUrl = server.url.replace(/[.]/g, "\\.");
    expect(response.body.link.link).to.match(new RegExp(`^${escapedUrl}/invite/[A-Za-z0-9_-]{43}$`));
    const days = (Date.parse(response.body.link.expiresAt) - Date.now()) / 86_400_000;
    expect(days).to.be.within(6.99, 7);
    expect(response.body.invitation).to.include({ email, role: "member", status: "pending", accessUntil: null, invitedBy: admin.built.user.name });
    expect(response.body.invitation.organisation).to.include({ id: organisation.id, name: "Payoke" });

    const audited = await AuditEntry.find({ action: "invitation.created", targetId: response.body.invitation.id }).lean();
    expect(audited).to.have.length(1);
    expect(audited[0]).to.include({ actorId: admin.built.user.id, targetLabel: email, result: "success" });
    expect(JSON.parse(audited[0]!.details!)).to.deep.equal({ role: "member" });

    const list = await admin.client.get("/api/invitations");
    expect(list.status).to.equal(200);
    expect(list.body[0]).to.deep.equal(response.body.invitation); // newest first
    expect(JSON.stringify(list.body)).not.to.include(response.body.link.link.split("/invite/")[1]);
  });

  it("stores only the SHA-256 hash of the token, never the token", async () => {
    const { invitation, token } = await invite(await secretariat());
    const stored = await Invitation.findById(invitation.id).lean();
    expect(JSON.stringify(stored)).not.to.include(token);
    expect(stored!.tokenHash).to.equal(createHash("sha256").update(token).digest("hex"));
  });

  it("previews an invitation by its token, without signing in", async () => {
    const { invitation, token } = await invite(await secretariat(), { role: "chair" });
    const response = await new TestClient(server.url).get(`/api/invitations/by-token/${token}`);
    expect(response.status).to.equal(200);
    expect(response.body).to.deep.equal({ email: invitation.email, role: "chair", name: null, language: null, expiresAt: invitation.expiresAt });
  });

  it("accepts: creates the account with the invited role and e-mail, at the enrolment stage; enrolment then signs in fully", async () => {
    const organisation = await buildOrganisation();
    const { invitation, token } = await invite(await secretariat(), { role: "member", organisationId: organisation.id });
    const client = await visitor();
    const response = await client.post(`/api/invitations/by-token/${token}/accept`, acceptInput({ language: "fr" }));
    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    expect(response.body.stage).to.equal("enrolment"); // 2FA is required for all by default
    expect(response.body.account).to.include({ email: invitation.email, role: "member", name: "Jana Vermeulen", language: "fr", twoFactorEnabled: false, accessUntil: null });
    expect(response.body.account.organisation.id).to.equal(organisation.id);

    const user = await User.findOne({ email: invitation.email }).lean();
    expect(user).to.include({ role: "member", active: true, accessUntil: null });
    expect(user!.passwordHash).to.match(/^\$argon2id\$/);
    const stored = await Invitation.findById(invitation.id).lean();
    expect(stored!.acceptedAt).to.be.instanceOf(Date);
    expect(String(stored!.acceptedUserId)).to.equal(String(user!._id));

    const audited = await AuditEntry.find({ action: "invitation.accepted", targetId: invitation.id }).lean();
    expect(audited).to.have.length(1);
    expect(audited[0]).to.include({ actorId: String(user!._id), targetLabel: invitation.email });
    expect(JSON.parse(audited[0]!.details!)).to.deep.equal({ role: "member" });

    // Until enrolment is done, only the account and 2FA routes answer.
    expectProblem(await client.get("/api/organisations"), 403, "enrolment_required");
    await completeEnrolment(client);
    const session = await client.session();
    expect(session.stage).to.equal("signed_in");
    expect(session.account!.twoFactorEnabled).to.equal(true);
    expect((await client.get("/api/organisations")).status).to.equal(200);
  });

  it("refuses a link that was already used (404 invitation_invalid) and creates no second account", async () => {
    const { token, invitation } = await invite(await secretariat());
    expect((await (await visitor()).post(`/api/invitations/by-token/${token}/accept`, acceptInput())).status).to.equal(201);
    const other = await visitor();
    expectProblem(await other.get(`/api/invitations/by-token/${token}`), 404, "invitation_invalid");
    expectProblem(await other.post(`/api/invitations/by-token/${token}/accept`, acceptInput({ name: "Someone Else" })), 404, "invitation_invalid");
    expect(await User.countDocuments({ email: invitation.email })).to.equal(1);
    expect((await User.findOne({ email: invitation.email }).lean())!.name).to.equal("Jana Vermeulen");
  });

  it("lets only one of two simultaneous acceptances of the same link create an account", async () => {
    const admin = await secretariat();
    for (let round = 0; round < 10; round++) {
      const { token, invitation } = await invite(admin);
      const [a, b] = await Promise.all([visitor(), visitor()]);
      const responses = await Promise.all([
        a.post(`/api/invitations/by-token/${token}/accept`, acceptInput({ name: "First Person" })),
        b.post(`/api/invitations/by-token/${token}/accept`, acceptInput({ name: "Second Person" })),
      ]);
      expect(responses.map((r) => r.status).sort(), `round ${round}`).to.deep.equal([201, 404]);
      expect(await User.countDocuments({ email: invitation.email })).to.equal(1);
      expect((await Invitation.findById(invitation.id).lean())!.acceptedAt, `round ${round}`).to.be.instanceOf(Date);
      expectProblem(await a.get(`/api/invitations/by-token/${token}`), 404, "invitation_invalid");
    }
  });

  it("revokes a pending invitation (audited); its link then gets 404 and creates nothing", async () => {
    const admin = await signedIn("secretariat");
    const { token, invitation } = await invite(admin.client);
    const revoked = await admin.client.delete(`/api/invitations/${invitation.id}`);
    expect(revoked.status).to.equal(204);
    const audited = await AuditEntry.find({ action: "invitation.revoked", targetId: invitation.id }).lean();
    expect(audited).to.have.length(1);
    expect(audited[0]!.actorId).to.equal(admin.built.user.id);
    expect((await admin.client.get("/api/invitations")).body.find((i: { id: string }) => i.id === invitation.id).status).to.equal("revoked");

    const client = await visitor();
    expectProblem(await client.get(`/api/invitations/by-token/${token}`), 404, "invitation_invalid");
    expectProblem(await client.post(`/api/invitations/by-token/${token}/accept`, acceptInput()), 404, "invitation_invalid");
    expect(await User.exists({ email: invitation.email })).to.equal(null);

    // Revoking again changes nothing and writes no second entry.
    expect((await admin.client.delete(`/api/invitations/${invitation.id}`)).status).to.equal(204);
    expect(await AuditEntry.countDocuments({ action: "invitation.revoked", targetId: invitation.id })).to.equal(1);
  });

  it("does not revoke an accepted invitation, and answers 404/422 for unknown or malformed ids", async () => {
    const admin = await secretariat();
    const { token, invitation } = await invite(admin);
    expect((await (await visitor()).post(`/api/invitations/by-token/${token}/accept`, acceptInput())).status).to.equal(201);
    expect((await admin.delete(`/api/invitations/${invitation.id}`)).status).to.equal(204);
    const stored = await Invitation.findById(invitation.id).lean();
    expect(stored!.revokedAt).to.equal(null);
    expect(stored!.acceptedAt).to.be.instanceOf(Date);
    expect(await AuditEntry.countDocuments({ action: "invitation.revoked", targetId: invitation.id })).to.equal(0);

    expectProblem(await admin.delete("/api/invitations/0123456789abcdef01234567"), 404, "not_found");
    for (const id of ["abc", encodeURIComponent('{"$ne":null}'), "0123456789ABCDEF01234567"]) {
      const response = await admin.delete(`/api/invitations/${id}`);
      expectProblem(response, 422, "validation_failed");
      expect(issuePaths(response)).to.deep.equal(["params.id"]);
    }
  });

  it("refuses an expired invitation with 404 and creates nothing", async () => {
    const { token, invitation } = await invite(await secretariat());
    await Invitation.updateOne({ _id: invitation.id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const client = await visitor();
    expectProblem(await client.get(`/api/invitations/by-token/${token}`), 404, "invitation_invalid");
    expectProblem(await client.post(`/api/invitations/by-token/${token}/accept`, acceptInput()), 404, "invitation_invalid");
    expect(await User.exists({ email: invitation.email })).to.equal(null);
  });

  it("refuses to invite an e-mail address that already has an account (409), whatever its case", async () => {
    const admin = await secretariat();
    const existing = await buildUser({ role: "member" });
    for (const email of [existing.email, existing.email.toUpperCase(), `  ${existing.email}  `]) {
      expectProblem(await admin.post("/api/invitations", { email, role: "chair" }), 409, "account_exists");
    }
    expect(await Invitation.exists({ email: existing.email })).to.equal(null);
  });

  it("refuses to accept when the e-mail address got an account meanwhile (409), and keeps the invitation pending", async () => {
    const { token, invitation } = await invite(await secretariat());
    await buildUser({ role: "member", email: invitation.email });
    const client = await visitor();
    expectProblem(await client.post(`/api/invitations/by-token/${token}/accept`, acceptInput()), 409, "account_exists");
    expect(await User.countDocuments({ email: invitation.email })).to.equal(1);
    expect((await Invitation.findById(invitation.id).lean())!.acceptedAt).to.equal(null);
  });

  it("gives an observer the access end date of the invitation; once it has passed the observer cannot sign in", async () => {
    const { token, invitation } = await invite(await secretariat(), { role: "observer", accessUntil: "2099-12-31" });
    expect(invitation.accessUntil).to.equal("2099-12-31");
    const client = await visitor();
    const accepted = await client.post(`/api/invitations/by-token/${token}/accept`, acceptInput());
    expect(accepted.status, JSON.stringify(accepted.body)).to.equal(201);
    expect(accepted.body.account).to.include({ role: "observer", accessUntil: "2099-12-31" });
    const user = await User.findOne({ email: invitation.email }).lean();
    // The whole last day counts, in Brussels.
    expect(user!.accessUntil!.toISOString()).to.equal(new Date("2099-12-31T23:59:59+01:00").toISOString());

    await completeEnrolment(client);
    expect((await client.get("/api/account")).status).to.equal(200);
    await User.updateOne({ _id: user!._id }, { $set: { accessUntil: new Date(Date.now() - 60_000) } });
    // The open session ends at once, and signing in gets the generic answer.
    expectProblem(await client.get("/api/account"), 401, "unauthorized");
    const again = new TestClient(server.url);
    await again.session();
    expectProblem(await again.post("/api/auth/sign-in", { email: invitation.email, password: acceptInput().password }), 401, "invalid_credentials");
  });

  it("refuses an access end date on an invitation for any role but observer (422) and creates nothing", async () => {
    const admin = await secretariat();
    for (const role of ["member", "chair", "secretariat"]) {
      const email = freshEmail(role);
      const response = await admin.post("/api/invitations", { email, role, accessUntil: "2099-12-31" });
      expectProblem(response, 422, "validation_failed");
      expect(issuePaths(response)).to.deep.equal(["body.accessUntil"]);
      expect(await Invitation.exists({ email })).to.equal(null);
    }
  });

  it("refuses a weak password on acceptance (422 weak_password); the invitation stays pending and usable", async () => {
    const { token, invitation } = await invite(await secretariat());
    const client = await visitor();
    const localPart = invitation.email.split("@")[0];
    const cases: Array<[string, string]> = [
      ["Password1234!", "common"],
      ["vermeulen op vrijdag", "contains_personal_data"],
      [`${localPart}-geheim`, "contains_personal_data"],
    ];
    for (const [password, problem] of cases) {
      const response = await client.post(`/api/invitations/by-token/${token}/accept`, acceptInput({ password }));
      expectProblem(response, 422, "weak_password");
      expect(response.body.issues).to.deep.include({ path: "body.password", message: problem });
    }
    expect(await User.exists({ email: invitation.email })).to.equal(null);
    expect((await Invitation.findById(invitation.id).lean())!.acceptedAt).to.equal(null);
    expect((await client.get(`/api/invitations/by-token/${token}`)).status).to.equal(200);
    expect((await client.post(`/api/invitations/by-token/${token}/accept`, acceptInput())).status).to.equal(201);
  });

  describe("bad input on creation", () => {
    // One inviter for the table: these tests never change it.
    let admin: TestClient;
    before(async () => (admin = await secretariat()));
    const organisationFree = "0123456789abcdef01234567";
    const cases: Array<[string, (email: string) => unknown, string]> = [
      ["a missing e-mail address", () => ({ role: "member" }), "body.email"],
      ["a malformed e-mail address", () => ({ email: "jana at example.test", role: "member" }), "body.email"],
      ["an e-mail address with a script", () => ({ email: 'a@b.c"; db.dropDatabase()', role: "member" }), "body.email"],
      ["an operator as e-mail address", () => ({ email: { $gt: "" }, role: "member" }), "body.email"],
      ["an over-long e-mail address", () => ({ email: `${"a".repeat(250)}@example.test`, role: "member" }), "body.email"],
      ["a missing role", (email) => ({ email }), "body.role"],
      ["an unknown role", (email) => ({ email, role: "admin" }), "body.role"],
      ["a role as an array", (email) => ({ email, role: ["secretariat"] }), "body.role"],
      ["an operator as role", (email) => ({ email, role: { $ne: "observer" } }), "body.role"],
      ["a malformed organisation id", (email) => ({ email, role: "member", organisationId: "payoke" }), "body.organisationId"],
      ["an operator as organisation id", (email) => ({ email, role: "member", organisationId: { $ne: null } }), "body.organisationId"],
      ["an organisation that does not exist", (email) => ({ email, role: "member", organisationId: organisationFree }), "body.organisationId"],
      ["a date that is not ISO", (email) => ({ email, role: "observer", accessUntil: "31-12-2099" }), "body.accessUntil"],
      ["a date that does not exist", (email) => ({ email, role: "observer", accessUntil: "2099-02-30" }), "body.accessUntil"],
      ["a number as date", (email) => ({ email, role: "observer", accessUntil: 4102444800000 }), "body.accessUntil"],
      ["an array as body", (email) => [{ email, role: "member" }], "body"],
    ];
    for (const [what, body, path] of cases) {
      it(`refuses ${what} with 422 and creates nothing`, async () => {
        const before = await Invitation.countDocuments();
        const email = freshEmail();
        const response = await admin.post("/api/invitations", body(email));
        expectProblem(response, 422, "validation_failed");
        expect(issuePaths(response)).to.include(path);
        expect(await Invitation.countDocuments()).to.equal(before);
        expect(await AuditEntry.countDocuments({ action: "invitation.created", targetLabel: email })).to.equal(0);
      });
    }
  });

  describe("bad input on acceptance", () => {
    let admin: TestClient;
    before(async () => (admin = await secretariat()));
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ["a missing name", acceptInput({ name: undefined }), "body.name"],
      ["a blank name", acceptInput({ name: "  " }), "body.name"],
      ["an over-long name", acceptInput({ name: "n".repeat(121) }), "body.name"],
      ["an operator as name", acceptInput({ name: { $gt: "" } }), "body.name"],
      ["a missing password", acceptInput({ password: undefined }), "body.password"],
      ["a too short password", acceptInput({ password: "kort" }), "body.password"],
      ["an over-long password", acceptInput({ password: "x".repeat(257) }), "body.password"],
      ["an operator as password", acceptInput({ password: { $ne: null } }), "body.password"],
      ["an unknown language", acceptInput({ language: "de" }), "body.language"],
    ];
    for (const [what, body, path] of cases) {
      it(`refuses ${what} with 422; no account, the invitation stays pending`, async () => {
        const { token, invitation } = await invite(admin);
        const response = await (await visitor()).post(`/api/invitations/by-token/${token}/accept`, body);
        expectProblem(response, 422, "validation_failed");
        expect(issuePaths(response)).to.include(path);
        expect(await User.exists({ email: invitation.email })).to.equal(null);
        expect((await Invitation.findById(invitation.id).lean())!.acceptedAt).to.equal(null);
      });
    }

    it("ignores a role, e-mail or access date sent with the acceptance: the invitation decides", async () => {
      const { token, invitation } = await invite(admin, { role: "observer", accessUntil: "2099-06-30" });
      const response = await (await visitor()).post(`/api/invitations/by-token/${token}/accept`, {
        ...acceptInput(),
        role: "secretariat",
        email: "attacker@example.test",
        accessUntil: null,
      });
      expect(response.status).to.equal(201);
      const user = await User.findOne({ email: invitation.email }).lean();
      expect(user).to.include({ role: "observer" });
      expect(user!.accessUntil).to.be.instanceOf(Date);
      expect(await User.exists({ email: "attacker@example.test" })).to.equal(null);
    });

    it("refuses tokens of the wrong shape with 422 (preview and accept) and creates nothing", async () => {
      const { token, invitation } = await invite(admin);
      const client = await visitor();
      for (const shape of ["abc", token.slice(0, 42), `${token}x`, `${token.slice(0, 42)}$`, '{"$gt":""}', "' OR 1=1 --"]) {
        const preview = await client.get(`/api/invitations/by-token/${encodeURIComponent(shape)}`);
        expectProblem(preview, 422, "validation_failed");
        expect(issuePaths(preview)).to.deep.equal(["params.token"]);
        expectProblem(await client.post(`/api/invitations/by-token/${encodeURIComponent(shape)}/accept`, acceptInput()), 422, "validation_failed");
      }
      expect(await User.exists({ email: invitation.email })).to.equal(null);
      expect((await client.get(`/api/invitations/by-token/${token}`)).status).to.equal(200);
    });

    it("answers 404 invitation_invalid for a well-formed token nobody issued", async () => {
      const client = await visitor();
      expectProblem(await client.get(`/api/invitations/by-token/${"Z".repeat(43)}`), 404, "invitation_invalid");
      expectProblem(await client.post(`/api/invitations/by-token/${"Z".repeat(43)}/accept`, acceptInput()), 404, "invitation_invalid");
    });
  });

  it("with 'require 2FA for all' switched off, a member who accepts is signed in at once", async () => {
    const admin = await secretariat();
    try {
      const off = await admin.patch("/api/settings", { require2faForAll: false });
      expect(off.status).to.equal(200);
      expect(off.body).to.include({ require2faForAll: false });
      const member = await invite(admin, { role: "member" });
      const client = await visitor();
      const accepted = await client.post(`/api/invitations/by-token/${member.token}/accept`, acceptInput());
      expect(accepted.status).to.equal(201);
      expect(accepted.body.stage).to.equal("signed_in");
      expect((await client.get("/api/organisations")).status).to.equal(200);

      // The switch does not apply to chairs: they still enrol first.
      const chair = await invite(admin, { role: "chair" });
      const chairClient = await visitor();
      const chairAccepted = await chairClient.post(`/api/invitations/by-token/${chair.token}/accept`, acceptInput());
      expect(chairAccepted.body.stage).to.equal("enrolment");
    } finally {
      await Setting.updateOne({ _id: "workspace" }, { $set: { require2faForAll: true } }, { upsert: true });
    }
  });
});
