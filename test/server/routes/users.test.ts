import { createHash } from "node:crypto";
import { expect } from "chai";
import { verifyPassword } from "../../../server/auth/passwordHashing";
import userUpdater from "../../../server/commands/userUpdater";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { Invitation } from "../../../server/models/Invitation";
import { OneTimeLink } from "../../../server/models/OneTimeLink";
import { Organisation } from "../../../server/models/Organisation";
import { SessionRecord } from "../../../server/models/SessionRecord";
import { loadSettings } from "../../../server/models/Setting";
import { User } from "../../../server/models/User";
import type { Role } from "../../../shared/domain";
import { buildOrganisation, buildUser, type BuiltUser } from "../../support/factories";
import { TestClient, type TestResponse } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { expectProblem, issuePaths } from "../../support/problems";


const NEW_PASSWORD = "een nieuwe zin voor de lege stoel";
const UNKNOWN_ID = "0123456789abcdef01234567";

/** The fields PATCH /api/users/:id may change, to compare before and after. */
async function userSnapshot(id: string) {
  const user = await User.findById(id).lean();
  return {
    role: user!.role,
    active: user!.active,
    organisationId: user!.organisationId ? String(user!.organisationId) : null,
    accessUntil: user!.accessUntil?.toISOString() ?? null,
    passwordHash: user!.passwordHash,
    totpSecret: user!.totp?.secret ?? null,
  };
}

const auditCount = (action: string, targetId: string) => AuditEntry.countDocuments({ action, targetId });

describe("user routes", () => {
  let server: TestServer;

  const visitor = async () => {
    const client = new TestClient(server.url);
    await client.session();
    return client;
  };
  const signInAs = async (built: BuiltUser, password = built.password) => {
    const client = new TestClient(server.url);
    await client.signIn(built.email, password, built.totpSecret);
    return client;
  };
  const signedIn = async (role: Role, options: Parameters<typeof buildUser>[0] = {}) => {
    const built = await buildUser({ role, ...options });
    return { client: await signInAs(built), built };
  };
  /** The password step alone, as a browser sends it; returns the raw answer. */
  const passwordStep = async (email: string, password: string) => (await visitor()).post("/api/auth/sign-in", { email, password });
  /** Leaves only these secretariat accounts active, so the last-secretariat rule can be reached. */
  const onlyActiveSecretariats = async (...ids: string[]) => {
    await User.updateMany({ role: "secretariat", _id: { $nin: ids } }, { $set: { active: false } });
  };

  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("requires authentication (401) and changes nothing", async () => {
    const target = await buildUser({ role: "member" });
    const before = await userSnapshot(target.user.id);
    const anonymous = await visitor();
    expectProblem(await anonymous.get("/api/users"), 401, "unauthorized");
    expectProblem(await anonymous.patch(`/api/users/${target.user.id}`, { role: "secretariat" }), 401, "unauthorized");
    expectProblem(await anonymous.post(`/api/users/${target.user.id}/password-reset`), 401, "unauthorized");
    expectProblem(await anonymous.get("/api/organisations"), 401, "unauthorized");
    expectProblem(await anonymous.post("/api/organisations", { name: "Anonymous org", discipline: "police", country: "BE" }), 401, "unauthorized");
    expect(await userSnapshot(target.user.id)).to.deep.equal(before);
    expect(await OneTimeLink.exists({ userId: target.user._id })).to.equal(null);
    expect(await Organisation.exists({ name: "Anonymous org" })).to.equal(null);
  });

  it("rejects a member, a chair and an observer (403) on listing, changing and password resets", async () => {
    const target = await buildUser({ role: "member" });
    const before = await userSnapshot(target.user.id);
    for (const role of ["member", "chair", "observer"] as const) {
      const { client } = await signedIn(role);
      expectProblem(await client.get("/api/users"), 403, "forbidden");
      expectProblem(await client.patch(`/api/users/${target.user.id}`, { role: "secretariat" }), 403, "forbidden");
      expectProblem(await client.patch(`/api/users/${target.user.id}`, { active: false }), 403, "forbidden");
      expectProblem(await client.post(`/api/users/${target.user.id}/password-reset`), 403, "forbidden");
    }
    expect(await userSnapshot(target.user.id)).to.deep.equal(before);
    expect(await OneTimeLink.exists({ userId: target.user._id })).to.equal(null);
    expect(await AuditEntry.countDocuments({ targetId: target.user.id })).to.equal(0);
  });

  it("rejects every write by an observer (403) and changes nothing", async () => {
    const { client, built: observer } = await signedIn("observer", { accessUntil: new Date(Date.now() + 86_400_000) });
    const target = await buildUser({ role: "member" });
    const targetBefore = await userSnapshot(target.user.id);
    const observerBefore = await userSnapshot(observer.user.id);
    const settingsBefore = await loadSettings();
    const invitationsBefore = await Invitation.countDocuments();
    const organisationsBefore = await Organisation.countDocuments();
    const auditBefore = await AuditEntry.countDocuments();

    expectProblem(await client.post("/api/invitations", { email: "friend@example.test", role: "secretariat" }), 403, "forbidden");
    expectProblem(await client.patch(`/api/users/${target.user.id}`, { role: "observer" }), 403, "forbidden");
    expectProblem(await client.patch(`/api/users/${observer.user.id}`, { role: "secretariat", accessUntil: null }), 403, "forbidden");
    expectProblem(await client.post("/api/organisations", { name: "Observer org", discipline: "other", country: "LU" }), 403, "forbidden");
    expectProblem(await client.patch("/api/settings", { require2faForAll: !settingsBefore.require2faForAll }), 403, "forbidden");

    expect(await Invitation.countDocuments()).to.equal(invitationsBefore);
    expect(await Organisation.countDocuments()).to.equal(organisationsBefore);
    expect(await userSnapshot(target.user.id)).to.deep.equal(targetBefore);
    expect(await userSnapshot(observer.user.id)).to.deep.equal(observerBefore);
    expect(await loadSettings()).to.deep.equal(settingsBefore);
    // Refusals are answered, not audited: nothing was written.
    expect(await AuditEntry.countDocuments()).to.equal(auditBefore);
  });

  describe("GET /api/users", () => {
    it("lists every account for the secretariat, without password hashes or two-factor secrets", async () => {
      const { client } = await signedIn("secretariat");
      const member = await buildUser({ role: "member" });
      const inactive = await buildUser({ role: "chair", active: false });
      const response = await client.get("/api/users");
      expect(response.status).to.equal(200);
      const listed = response.body.find((u: { id: string }) => u.id === member.user.id);
      expect(listed).to.include({ email: member.email, role: "member", active: true, twoFactorEnabled: true });
      expect(response.body.find((u: { id: string }) => u.id === inactive.user.id)).to.include({ active: false });
      const text = JSON.stringify(response.body);
      expect(text).not.to.include("argon2");
      expect(text).not.to.include(member.totpSecret);
      expect(text).not.to.match(/passwordHash|recoveryCode|pendingSecret/);
    });
  });

  describe("PATCH /api/users/:id", () => {
    it("changes a role (audited with from and to) and ends that user's sessions", async () => {
      const { client: admin, built: secretariat } = await signedIn("secretariat");
      const { client: memberClient, built: member } = await signedIn("member");
      const response = await admin.patch(`/api/users/${member.user.id}`, { role: "chair" });
      expect(response.status, JSON.stringify(response.body)).to.equal(200);
      expect(response.body).to.include({ id: member.user.id, role: "chair", active: true });
      expect((await User.findById(member.user.id).lean())!.role).to.equal("chair");

      const audited = await AuditEntry.find({ action: "user.role_changed", targetId: member.user.id }).lean();
      expect(audited).to.have.length(1);
      expect(audited[0]).to.include({ actorId: secretariat.user.id, targetLabel: member.email, result: "success" });
      expect(JSON.parse(audited[0]!.details!)).to.deep.equal({ from: "member", to: "chair" });

      expectProblem(await memberClient.get("/api/account"), 401, "unauthorized");
      expect(await SessionRecord.countDocuments({ userId: member.user._id })).to.equal(0);
      // Setting the same role again is not a change and is not audited.
      expect((await admin.patch(`/api/users/${member.user.id}`, { role: "chair" })).status).to.equal(200);
      expect(await auditCount("user.role_changed", member.user.id)).to.equal(1);
    });

    it("deactivates a user (audited): their open session gets 401 and sign-in fails with the generic 401", async () => {
      const { client: admin, built: secretariat } = await signedIn("secretariat");
      const { client: memberClient, built: member } = await signedIn("member");
      expect((await memberClient.get("/api/account")).status).to.equal(200);

      const response = await admin.patch(`/api/users/${member.user.id}`, { active: false });
      expect(response.status).to.equal(200);
      expect(response.body).to.include({ active: false, role: "member" });
      const audited = await AuditEntry.find({ action: "user.deactivated", targetId: member.user.id }).lean();
      expect(audited).to.have.length(1);
      expect(audited[0]!.actorId).to.equal(secretariat.user.id);

      expectProblem(await memberClient.get("/api/account"), 401, "unauthorized");
      const refused = await passwordStep(member.email, member.password);
      const unknown = await passwordStep(`nobody.${Date.now()}@example.test`, member.password);
      expectProblem(refused, 401, "invalid_credentials");
      expectProblem(unknown, 401, "invalid_credentials");
      // Nothing tells a deactivated account from a wrong password or an unknown address.
      expect(refused.body.title).to.equal(unknown.body.title);

      // Reactivation is audited too, and the account works again.
      expect((await admin.patch(`/api/users/${member.user.id}`, { active: true })).status).to.equal(200);
      expect(await auditCount("user.reactivated", member.user.id)).to.equal(1);
      expect((await (await signInAs(member)).session()).stage).to.equal("signed_in");
    });

    it("refuses changes to the secretariat's own account (403), whatever the change", async () => {
      const { client, built } = await signedIn("secretariat");
      const before = await userSnapshot(built.user.id);
      for (const change of [{ role: "member" }, { active: false }, { organisationId: null }]) {
        expectProblem(await client.patch(`/api/users/${built.user.id}`, change), 403, "forbidden");
      }
      expect(await userSnapshot(built.user.id)).to.deep.equal(before);
      expect((await client.get("/api/account")).status).to.equal(200);
      expect(await AuditEntry.countDocuments({ targetId: built.user.id, action: /^user\./ })).to.equal(0);
    });

    it("never lets the only active secretariat demote or deactivate themselves", async () => {
      // The actor is always an active secretariat other than the target, so over HTTP the last one
      // could only be reached through themselves, and that is forbidden.
      const { client, built } = await signedIn("secretariat");
      await onlyActiveSecretariats(built.user.id);
      expectProblem(await client.patch(`/api/users/${built.user.id}`, { role: "chair" }), 403, "forbidden");
      expectProblem(await client.patch(`/api/users/${built.user.id}`, { active: false }), 403, "forbidden");
      expect(await User.countDocuments({ role: "secretariat", active: true })).to.equal(1);
    });

    it("refuses (409 last_secretariat) to demote or deactivate the last active secretariat: the rule behind the route", async () => {
      // Only reachable directly, see above; the route relies on this command.
      const built = await buildUser({ role: "secretariat" });
      await onlyActiveSecretariats(built.user.id);
      const context = { actor: null, ip: "" };
      for (const input of [{ role: "member" as const }, { active: false }]) {
        const target = (await User.findById(built.user.id))!;
        const error = await userUpdater({ target, input, audit: context }).then(() => null, (e: { status: number; code: string }) => e);
        expect(error).to.include({ status: 409, code: "last_secretariat" });
      }
      expect(await userSnapshot(built.user.id)).to.include({ role: "secretariat", active: true });
      expect(await auditCount("user.role_changed", built.user.id)).to.equal(0);
    });

    it("lets one of two active secretariats deactivate the other", async () => {
      const { client, built } = await signedIn("secretariat");
      const other = await buildUser({ role: "secretariat" });
      await onlyActiveSecretariats(built.user.id, other.user.id);
      expect((await client.patch(`/api/users/${other.user.id}`, { active: false })).status).to.equal(200);
      expect(await User.countDocuments({ role: "secretariat", active: true })).to.equal(1);
    });

    it("keeps one active secretariat when the last two demote each other at the same moment", async () => {
      for (let round = 0; round < 3; round++) {
        const a = await signedIn("secretariat");
        const b = await signedIn("secretariat");
        await onlyActiveSecretariats(a.built.user.id, b.built.user.id);
        const responses = await Promise.all([
          a.client.patch(`/api/users/${b.built.user.id}`, { role: "member" }),
          b.client.patch(`/api/users/${a.built.user.id}`, { role: "member" }),
        ]);
        expect(await User.countDocuments({ role: "secretariat", active: true }), `round ${round}`).to.equal(1);
        expect(responses.map((r) => r.status).sort(), `round ${round}`).to.include(200);
      }
    });

    it("lets the secretariat demote a deactivated secretariat account", async () => {
      const { client, built } = await signedIn("secretariat");
      const departed = await buildUser({ role: "secretariat", active: false });
      await onlyActiveSecretariats(built.user.id);
      const response = await client.patch(`/api/users/${departed.user.id}`, { role: "member" });
      expect(response.status, JSON.stringify(response.body)).to.equal(200);
      expect(response.body).to.include({ role: "member", active: false });
    });

    it("changes an observer's access end date (audited) and organisation", async () => {
      const { client } = await signedIn("secretariat");
      const observer = await buildUser({ role: "observer", accessUntil: new Date(Date.now() + 86_400_000) });
      const organisation = await buildOrganisation({ discipline: "other", country: "NL" });
      const response = await client.patch(`/api/users/${observer.user.id}`, { accessUntil: "2099-06-30", organisationId: organisation.id });
      expect(response.status, JSON.stringify(response.body)).to.equal(200);
      expect(response.body).to.include({ accessUntil: "2099-06-30" });
      expect(response.body.organisation.id).to.equal(organisation.id);
      const audited = await AuditEntry.find({ action: "user.access_until_changed", targetId: observer.user.id }).lean();
      expect(audited).to.have.length(1);
      expect(JSON.parse(audited[0]!.details!)).to.deep.equal({ accessUntil: "2099-06-30" });
      expect((await client.patch(`/api/users/${observer.user.id}`, { organisationId: null })).body.organisation).to.equal(null);
    });

    it("audits a change of organisation", async () => {
      const { client } = await signedIn("secretariat");
      const member = await buildUser({ role: "member" });
      const organisation = await buildOrganisation();
      expect((await client.patch(`/api/users/${member.user.id}`, { organisationId: organisation.id })).status).to.equal(200);
      expect(await AuditEntry.countDocuments({ targetId: member.user.id })).to.equal(1);
    });

    it("clears the access end date when an observer becomes a member", async () => {
      const { client } = await signedIn("secretariat");
      const observer = await buildUser({ role: "observer", accessUntil: new Date(Date.now() + 86_400_000) });
      const response = await client.patch(`/api/users/${observer.user.id}`, { role: "member" });
      expect(response.body).to.include({ role: "member", accessUntil: null });
      expect((await User.findById(observer.user.id).lean())!.accessUntil).to.equal(null);
    });

    it("answers 404 for an unknown user and 422 for a malformed id", async () => {
      const { client } = await signedIn("secretariat");
      expectProblem(await client.patch(`/api/users/${UNKNOWN_ID}`, { role: "chair" }), 404, "not_found");
      for (const id of ["abc", encodeURIComponent('{"$ne":null}'), `${UNKNOWN_ID}0`]) {
        const response = await client.patch(`/api/users/${id}`, { role: "chair" });
        expectProblem(response, 422, "validation_failed");
        expect(issuePaths(response)).to.deep.equal(["params.id"]);
      }
    });

    describe("bad input", () => {
      // One actor for the table (never changed by these tests); a fresh target for each.
      let admin: TestClient;
      before(async () => (admin = (await signedIn("secretariat")).client));
      const cases: Array<[string, unknown, string]> = [
        ["an empty change", {}, "body"],
        ["only fields it does not know (e-mail, password hash)", { email: "x@example.test", passwordHash: "$argon2id$x" }, "body"],
        ["an unknown role", { role: "admin" }, "body.role"],
        ["a role as an array", { role: ["chair"] }, "body.role"],
        ["an operator as role", { role: { $ne: "member" } }, "body.role"],
        ["a string as active flag", { active: "false" }, "body.active"],
        ["a number as active flag", { active: 0 }, "body.active"],
        ["a malformed organisation id", { organisationId: "payoke" }, "body.organisationId"],
        ["an operator as organisation id", { organisationId: { $gt: "" } }, "body.organisationId"],
        ["an organisation that does not exist", { organisationId: UNKNOWN_ID }, "body.organisationId"],
        ["an access end date for a member", { accessUntil: "2099-12-31" }, "body.accessUntil"],
        ["a malformed access end date", { accessUntil: "next week" }, "body.accessUntil"],
        ["an array as body", [{ role: "chair" }], "body"],
      ];
      for (const [what, body, path] of cases) {
        it(`refuses ${what} with 422 and changes nothing`, async () => {
          const target = await buildUser({ role: "member" });
          const before = await userSnapshot(target.user.id);
          const response = await admin.patch(`/api/users/${target.user.id}`, body);
          expectProblem(response, 422, "validation_failed");
          expect(issuePaths(response)).to.include(path);
          expect(await userSnapshot(target.user.id)).to.deep.equal(before);
          expect(await AuditEntry.countDocuments({ targetId: target.user.id })).to.equal(0);
        });
      }
    });
  });

  describe("password reset", () => {
    /** Issues a reset link for the target as a fresh secretariat; returns the token and the answer. */
    const issueReset = async (target: BuiltUser, admin?: TestClient) => {
      const client = admin ?? (await signedIn("secretariat")).client;
      const response = await client.post(`/api/users/${target.user.id}/password-reset`);
      expect(response.status, JSON.stringify(response.body)).to.equal(201);
      return { response, token: (response.body.link as string).split("/reset/")[1]!, admin: client };
    };

    it("issues a single-use link valid for one hour (audited); only the token's hash is stored", async () => {
      const { client: admin, built: secretariat } = await signedIn("secretariat");
      const target = await buildUser({ role: "member" });
      const { response, token } = await issueReset(target, admin);
      expect(response.body.link).to.match(new RegExp(`^${server.url.replace(/[.]/g, "\\.")}/reset/[A-Za-z0-9_-]{43}$`));
      const minutes = (Date.parse(response.body.expiresAt) - Date.now()) / 60_000;
      expect(minutes).to.be.within(59.5, 60);

      const links = await OneTimeLink.find({ userId: target.user._id }).lean();
      expect(links).to.have.length(1);
      expect(links[0]).to.include({ purpose: "password_reset", usedAt: null });
      expect(String(links[0]!.createdBy)).to.equal(secretariat.user.id);
      expect(links[0]!.tokenHash).to.equal(createHash("sha256").update(token).digest("hex"));
      expect(JSON.stringify(links[0])).not.to.include(token);

      const audited = await AuditEntry.find({ action: "user.password_reset_issued", targetId: target.user.id }).lean();
      expect(audited).to.have.length(1);
      expect(audited[0]!.actorId).to.equal(secretariat.user.id);
      expect((await new TestClient(server.url).get(`/api/password-resets/${token}`)).body).to.deep.equal({ valid: true });
    });

    it("sets the new password: it works, the old one does not, every session ends, the link is used up", async () => {
      const target = await buildUser({ role: "member", password: "het oude wachtwoord van jan" });
      const [first, second] = [await signInAs(target), await signInAs(target)];
      const { token } = await issueReset(target);

      const reset = await (await visitor()).post(`/api/password-resets/${token}`, { password: NEW_PASSWORD });
      expect(reset.status, JSON.stringify(reset.body)).to.equal(204);
      expectProblem(await first.get("/api/account"), 401, "unauthorized");
      expectProblem(await second.get("/api/account"), 401, "unauthorized");
      expect(await SessionRecord.countDocuments({ userId: target.user._id })).to.equal(0);

      const audited = await AuditEntry.find({ action: "user.password_reset", targetId: target.user.id }).lean();
      expect(audited).to.have.length(1);
      expect(audited[0]!.actorId).to.equal(target.user.id);

      expectProblem(await passwordStep(target.email, "het oude wachtwoord van jan"), 401, "invalid_credentials");
      expect((await (await signInAs(target, NEW_PASSWORD)).session()).stage).to.equal("signed_in");

      // Single use.
      const again = await visitor();
      expectProblem(await again.get(`/api/password-resets/${token}`), 404, "not_found");
      expectProblem(await again.post(`/api/password-resets/${token}`, { password: "nog een andere lange zin" }), 404, "not_found");
      expect(await verifyPassword((await User.findById(target.user.id).lean())!.passwordHash, NEW_PASSWORD)).to.equal(true);
    });

    it("keeps two-factor sign-in on after a reset: the new password alone is not enough", async () => {
      const target = await buildUser({ role: "member" });
      const { token } = await issueReset(target);
      expect((await (await visitor()).post(`/api/password-resets/${token}`, { password: NEW_PASSWORD })).status).to.equal(204);
      expect((await passwordStep(target.email, NEW_PASSWORD)).body.stage).to.equal("second_factor");
    });

    it("replaces an earlier unused link when a new one is issued", async () => {
      const target = await buildUser({ role: "member" });
      const { token: first, admin } = await issueReset(target);
      const { token: second } = await issueReset(target, admin);
      const client = await visitor();
      expectProblem(await client.get(`/api/password-resets/${first}`), 404, "not_found");
      expect((await client.get(`/api/password-resets/${second}`)).status).to.equal(200);
    });

    it("refuses an expired link (404) and leaves the password unchanged", async () => {
      const target = await buildUser({ role: "member" });
      const { token } = await issueReset(target);
      await OneTimeLink.updateOne({ userId: target.user._id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
      const before = await userSnapshot(target.user.id);
      const client = await visitor();
      expectProblem(await client.get(`/api/password-resets/${token}`), 404, "not_found");
      expectProblem(await client.post(`/api/password-resets/${token}`, { password: NEW_PASSWORD }), 404, "not_found");
      expect(await userSnapshot(target.user.id)).to.deep.equal(before);
    });

    it("refuses a weak password (422 weak_password); the link still works afterwards", async () => {
      const target = await buildUser({ role: "member", name: "Pieter Claessens" });
      const { token } = await issueReset(target);
      const before = await userSnapshot(target.user.id);
      const client = await visitor();
      for (const [password, problem] of [["Password1234!", "common"], ["claessens op maandag", "contains_personal_data"]] as const) {
        const response = await client.post(`/api/password-resets/${token}`, { password });
        expectProblem(response, 422, "weak_password");
        expect(response.body.issues).to.deep.include({ path: "body.password", message: problem });
      }
      expect(await userSnapshot(target.user.id)).to.deep.equal(before);
      expect((await client.get(`/api/password-resets/${token}`)).status).to.equal(200);
      expect((await client.post(`/api/password-resets/${token}`, { password: NEW_PASSWORD })).status).to.equal(204);
    });

    it("refuses bad input (422) and leaves the password and the link unchanged", async () => {
      const target = await buildUser({ role: "member" });
      const { token } = await issueReset(target);
      const before = await userSnapshot(target.user.id);
      const client = await visitor();
      for (const body of [{}, { password: 123456789012345 }, { password: { $ne: null } }, { password: "kort" }, { password: "x".repeat(257) }, [NEW_PASSWORD]]) {
        const response = await client.post(`/api/password-resets/${token}`, body);
        expectProblem(response, 422, "validation_failed");
      }
      for (const shape of ["abc", `${token}x`, `${token.slice(0, 42)}$`, '{"$gt":""}']) {
        const path = `/api/password-resets/${encodeURIComponent(shape)}`;
        expectProblem(await client.get(path), 422, "validation_failed");
        const response = await client.post(path, { password: NEW_PASSWORD });
        expectProblem(response, 422, "validation_failed");
        expect(issuePaths(response)).to.deep.equal(["params.token"]);
      }
      expect(await userSnapshot(target.user.id)).to.deep.equal(before);
      expect((await client.get(`/api/password-resets/${token}`)).status).to.equal(200);
    });

    it("answers 404 for an unknown user and 422 for a malformed id, and issues nothing", async () => {
      const { client } = await signedIn("secretariat");
      const before = await OneTimeLink.countDocuments();
      expectProblem(await client.post(`/api/users/${UNKNOWN_ID}/password-reset`), 404, "not_found");
      expectProblem(await client.post(`/api/users/${encodeURIComponent('{"$gt":""}')}/password-reset`), 422, "validation_failed");
      expect(await OneTimeLink.countDocuments()).to.equal(before);
    });

    it("lets only one of two simultaneous resets with the same link through", async () => {
      const { client: admin } = await signedIn("secretariat");
      for (let round = 0; round < 10; round++) {
        const target = await buildUser({ role: "member" });
        const { token } = await issueReset(target, admin);
        const [a, b] = await Promise.all([visitor(), visitor()]);
        const responses = await Promise.all([
          a.post(`/api/password-resets/${token}`, { password: NEW_PASSWORD }),
          b.post(`/api/password-resets/${token}`, { password: "een heel andere zin voor later" }),
        ]);
        expect(responses.map((r) => r.status).sort(), `round ${round}`).to.deep.equal([204, 404]);
      }
    });
  });

  describe("organisations", () => {
    it("lets any signed-in user list them, sorted by country and name", async () => {
      const lu = await buildOrganisation({ name: "Ministère de la Justice", discipline: "ministry", country: "LU" });
      const be = await buildOrganisation({ name: "Zzz last Belgian", discipline: "police", country: "BE" });
      for (const role of ["member", "chair", "observer", "secretariat"] as const) {
        const { client } = await signedIn(role, role === "observer" ? { accessUntil: new Date(Date.now() + 86_400_000) } : {});
        const response = await client.get("/api/organisations");
        expect(response.status, role).to.equal(200);
        const ids = response.body.map((o: { id: string }) => o.id);
        expect(ids).to.include(lu.id);
        expect(ids.indexOf(be.id)).to.be.below(ids.indexOf(lu.id));
        const keys = response.body.map((o: { country: string; name: string }) => `${o.country}\u0000${o.name}`);
        expect(keys).to.deep.equal([...keys].sort());
      }
    });

    it("lets only the secretariat create one (audited); members and chairs get 403", async () => {
      for (const role of ["member", "chair"] as const) {
        const { client } = await signedIn(role);
        expectProblem(await client.post("/api/organisations", { name: `By a ${role}`, discipline: "police", country: "NL" }), 403, "forbidden");
        expect(await Organisation.exists({ name: `By a ${role}` })).to.equal(null);
      }
      const { client, built } = await signedIn("secretariat");
      const response = await client.post("/api/organisations", { name: "  Inspectie SZW  ", discipline: "labour_inspection", country: "NL" });
      expect(response.status, JSON.stringify(response.body)).to.equal(201);
      expect(response.body).to.include({ name: "Inspectie SZW", discipline: "labour_inspection", country: "NL" });
      const audited = await AuditEntry.find({ action: "organisation.created", targetId: response.body.id }).lean();
      expect(audited).to.have.length(1);
      expect(audited[0]!.actorId).to.equal(built.user.id);
    });

    it("refuses a duplicate name in the same country (409), allows it in another country", async () => {
      const { client } = await signedIn("secretariat");
      expect((await client.post("/api/organisations", { name: "Federale Politie", discipline: "police", country: "BE" })).status).to.equal(201);
      expectProblem(await client.post("/api/organisations", { name: "Federale Politie", discipline: "police", country: "BE" }), 409, "organisation_exists");
      expectProblem(await client.post("/api/organisations", { name: " Federale Politie ", discipline: "ministry", country: "BE" }), 409, "organisation_exists");
      expect(await Organisation.countDocuments({ name: "Federale Politie", country: "BE" })).to.equal(1);
      expect((await client.post("/api/organisations", { name: "Federale Politie", discipline: "police", country: "LU" })).status).to.equal(201);
    });

    it("answers 409, not 500, to the second of two simultaneous identical creations", async () => {
      const { client } = await signedIn("secretariat");
      for (let round = 0; round < 3; round++) {
        const input = { name: `Simultaneous ${Date.now()} ${round}`, discipline: "police", country: "BE" };
        const responses = await Promise.all([client.post("/api/organisations", input), client.post("/api/organisations", input)]);
        expect(responses.map((r) => r.status).sort(), `round ${round}`).to.deep.equal([201, 409]);
      }
    });

    describe("bad input", () => {
      let admin: TestClient;
      before(async () => (admin = (await signedIn("secretariat")).client));
      const cases: Array<[string, unknown, string]> = [
        ["a missing name", { discipline: "police", country: "BE" }, "body.name"],
        ["a blank name", { name: "   ", discipline: "police", country: "BE" }, "body.name"],
        ["an over-long name", { name: "o".repeat(201), discipline: "police", country: "BE" }, "body.name"],
        ["an operator as name", { name: { $gt: "" }, discipline: "police", country: "BE" }, "body.name"],
        ["an unknown discipline", { name: "Bad discipline org", discipline: "army", country: "BE" }, "body.discipline"],
        ["an unknown country", { name: "Bad country org", discipline: "police", country: "DE" }, "body.country"],
        ["an operator as country", { name: "Operator country org", discipline: "police", country: { $in: ["BE"] } }, "body.country"],
      ];
      for (const [what, body, path] of cases) {
        it(`refuses ${what} with 422 and creates nothing`, async () => {
          const before = await Organisation.countDocuments();
          const response = await admin.post("/api/organisations", body);
          expectProblem(response, 422, "validation_failed");
          expect(issuePaths(response)).to.include(path);
          expect(await Organisation.countDocuments()).to.equal(before);
        });
      }
    });
  });
});
