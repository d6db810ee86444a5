import { expect } from "chai";
import { verifyPassword } from "../../../server/auth/passwordHashing";
import { totpCode } from "../../../server/auth/totp";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { SessionRecord } from "../../../server/models/SessionRecord";
import { User } from "../../../server/models/User";
import { buildUser, type BuiltUser } from "../../support/factories";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("routes: /api/account", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  const signedIn = async (built?: BuiltUser) => {
    const user = built ?? (await buildUser());
    const client = new TestClient(server.url);
    await client.signIn(user.email, user.password, user.totpSecret);
    return { client, user };
  };

  it("requires authentication", async () => {
    const client = new TestClient(server.url);
    await client.session();
    for (const [method, path] of [
      ["GET", "/api/account"],
      ["PATCH", "/api/account"],
      ["POST", "/api/account/password"],
      ["POST", "/api/account/two-factor/setup"],
      ["GET", "/api/account/sessions"],
      ["POST", "/api/account/sessions/revoke-all"],
    ] as const) {
      const response = await client.request(method, path, method === "GET" ? undefined : {});
      expect(response.status, `${method} ${path}`).to.equal(401);
    }
  });

  it("rejects revoking another user's session", async () => {
    const { client } = await signedIn();
    const other = await signedIn();
    const record = (await SessionRecord.findOne({ userId: other.user.user._id }).lean())!;
    const response = await client.delete(`/api/account/sessions/${record._id}`);
    expect(response.status).to.equal(403);
    expect(await SessionRecord.exists({ _id: record._id })).to.not.equal(null);
  });

  it("shows and changes my name and language", async () => {
    const { client, user } = await signedIn();
    expect((await client.get("/api/account")).body).to.include({ email: user.email, role: "member", twoFactorEnabled: true });
    const updated = await client.patch("/api/account", { language: "fr", name: "Nadia Nieuwe Naam" });
    expect(updated.status).to.equal(200);
    expect(updated.body).to.include({ language: "fr", name: "Nadia Nieuwe Naam" });
    for (const body of [{}, { language: "de" }, { name: "" }, { name: "x".repeat(121) }, { role: "secretariat" }, { language: { $ne: "x" } }]) {
      expect((await client.patch("/api/account", body)).status, JSON.stringify(body)).to.equal(422);
    }
    expect((await User.findById(user.user._id).lean())!.role).to.equal("member");
  });

  describe("password", () => {
    it("changes the password with the current one, ending my other sessions", async () => {
      const built = await buildUser({ password: "eerste wachtwoord voor de test" });
      const { client } = await signedIn(built);
      const other = await signedIn(built);
      const response = await client.post("/api/account/password", { currentPassword: built.password, newPassword: "tweede wachtwoord na de wijziging" });
      expect(response.status).to.equal(204);
      expect((await client.get("/api/account")).status, "this session stays").to.equal(200);
      expect((await other.client.get("/api/account")).status, "the other session ends").to.equal(401);
      const stored = (await User.findById(built.user._id).lean())!;
      expect(await verifyPassword(stored.passwordHash, "tweede wachtwoord na de wijziging")).to.equal(true);
      expect(await AuditEntry.exists({ action: "account.password_changed", actorId: built.user.id })).to.not.equal(null);
    });

    it("refuses a wrong current password or a weak new one, changing nothing", async () => {
      const built = await buildUser({ name: "Pieter Politie", password: "een sterk wachtwoord van pieter" });
      const { client } = await signedIn(built);
      const before = (await User.findById(built.user._id).lean())!.passwordHash;
      const wrong = await client.post("/api/account/password", { currentPassword: "niet het goede wachtwoord", newPassword: "nog een ander sterk wachtwoord" });
      expect(wrong.status).to.equal(403);
      expect(wrong.body.code).to.equal("wrong_password");
      for (const [newPassword, rule] of [["kort", null], ["password123456", "common"], ["pieter-is-de-beste-2026", "contains_personal_data"]] as const) {
        const response = await client.post("/api/account/password", { currentPassword: built.password, newPassword });
        expect(response.status, newPassword).to.equal(422);
        if (rule) expect(response.body.issues.map((i: { message: string }) => i.message)).to.include(rule);
      }
      expect((await User.findById(built.user._id).lean())!.passwordHash).to.equal(before);
    });
  });

  describe("two-factor", () => {
    it("enrols: setup gives a QR code, a right code turns it on and returns 10 recovery codes once", async () => {
      const built = await buildUser({ totp: false });
      const client = new TestClient(server.url);
      expect((await client.signIn(built.email, built.password)).stage).to.equal("enrolment");
      const setup = await client.post("/api/account/two-factor/setup");
      expect(setup.status).to.equal(200);
      expect(setup.body.qrDataUrl).to.match(/^data:image\/png;base64,/);
      expect(setup.body.otpauthUrl).to.match(/^otpauth:\/\/totp\/Greychair:/);
      const wrong = await client.post("/api/account/two-factor/confirm", { code: "000000" });
      expect(wrong.status).to.equal(422);
      const confirmed = await client.post("/api/account/two-factor/confirm", { code: totpCode(setup.body.secret, Date.now()) });
      expect(confirmed.status).to.equal(200);
      expect(confirmed.body.codes).to.have.length(10);
      expect((await client.session()).stage).to.equal("signed_in");
      const stored = (await User.findById(built.user._id).lean())!;
      expect(stored.totp.recoveryCodeHashes).to.have.length(10);
      expect(stored.totp.recoveryCodeHashes).to.not.include(confirmed.body.codes[0]);
      expect(stored.totp.secret, "the TOTP secret is sealed at rest").to.match(/^gcm1:/);
      expect(stored.totp.secret).to.not.include(setup.body.secret);
      expect(stored.totp.pendingSecret).to.equal(null);
      expect(await AuditEntry.exists({ action: "two_factor.enabled", actorId: built.user.id })).to.not.equal(null);
    });

    it("replaces recovery codes after the password, and refuses to turn 2FA off where mandatory", async () => {
      const chair = await buildUser({ role: "chair" });
      const { client } = await signedIn(chair);
      const replaced = await client.post("/api/account/two-factor/recovery-codes", { password: chair.password });
      expect(replaced.status).to.equal(200);
      expect(replaced.body.codes).to.have.length(10);
      const off = await client.post("/api/account/two-factor/disable", { password: chair.password });
      expect(off.status).to.equal(403);
      expect(off.body.code).to.equal("two_factor_required");
      expect((await User.findById(chair.user._id).lean())!.totp.enabledAt).to.not.equal(null);
    });
  });

  describe("sessions", () => {
    it("lists my sessions and signs out one of them", async () => {
      const built = await buildUser();
      const first = await signedIn(built);
      const second = await signedIn(built);
      const list = await first.client.get("/api/account/sessions");
      expect(list.status).to.equal(200);
      expect(list.body).to.have.length(2);
      expect(list.body.filter((s: { current: boolean }) => s.current)).to.have.length(1);
      const other = list.body.find((s: { current: boolean }) => !s.current);
      expect((await first.client.delete(`/api/account/sessions/${other.id}`)).status).to.equal(204);
      expect((await second.client.get("/api/account")).status).to.equal(401);
      expect((await first.client.get("/api/account")).status).to.equal(200);
      expect(await AuditEntry.exists({ action: "session.revoked", actorId: built.user.id })).to.not.equal(null);
    });

    it("signs out everywhere", async () => {
      const built = await buildUser();
      const first = await signedIn(built);
      const second = await signedIn(built);
      expect((await first.client.post("/api/account/sessions/revoke-all")).status).to.equal(204);
      expect((await first.client.get("/api/account")).status).to.equal(401);
      expect((await second.client.get("/api/account")).status).to.equal(401);
      expect(await SessionRecord.countDocuments({ userId: built.user._id })).to.equal(0);
    });

    it("survives a restart of the server", async () => {
      const { client } = await signedIn();
      const uri = server.databaseUri;
      await server.close();
      server = await startTestServer({ databaseUri: uri });
      const again = TestClient.sameBrowser(client, server.url);
      expect((await again.get("/api/account")).status).to.equal(200);
    });
  });
});
