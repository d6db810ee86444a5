import { expect } from "chai";
import { totpCode } from "../../../server/auth/totp";
import { generateRecoveryCodes, hashRecoveryCode } from "../../../server/auth/recoveryCodes";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { SessionRecord } from "../../../server/models/SessionRecord";
import { Setting } from "../../../server/models/Setting";
import { SignInAttempt } from "../../../server/models/SignInAttempt";
import { User } from "../../../server/models/User";
import { buildUser } from "../../support/factories";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("routes: /api/auth", () => {
  let server: TestServer;
  const client = () => new TestClient(server.url);
  before(async () => (server = await startTestServer()));
  // Every request comes from 127.0.0.1: each test starts with no attempts counted for it.
  beforeEach(() => SignInAttempt.deleteMany({}));
  after(() => server.stop());

  /** Moves the counted attempts back in time, as waiting would. */
  const letTimePass = async (seconds: number) => {
    for (const doc of await SignInAttempt.find()) {
      doc.at = new Date(doc.at.getTime() - seconds * 1000);
      await doc.save();
    }
  };

  describe("GET /api/auth/session", () => {
    it("is anonymous without a session, and hands out a CSRF token", async () => {
      const state = await client().session();
      expect(state.stage).to.equal("anonymous");
      expect(state.account).to.equal(null);
      expect(state.csrfToken).to.match(/^[A-Za-z0-9_-]{43}$/);
      expect(state.abilities).to.deep.equal({ manageUsers: false, manageInvitations: false, manageSettings: false, readAuditLog: false, readQuarantine: false });
    });
  });

  describe("POST /api/auth/sign-in", () => {
    it("refuses a request without the CSRF token", async () => {
      const { email, password } = await buildUser({ totp: false });
      const c = client();
      await c.session();
      const response = await c.request("POST", "/api/auth/sign-in", { email, password }, { csrf: false });
      expect(response.status).to.equal(403);
      expect(response.body.code).to.equal("csrf_invalid");
    });

    it("refuses a request from another origin, even with the token", async () => {
      const { email, password } = await buildUser({ totp: false });
      const c = client();
      await c.session();
      const response = await c.request("POST", "/api/auth/sign-in", { email, password }, { origin: "https://evil.example" });
      expect(response.status).to.equal(403);
      const noOrigin = await c.request("POST", "/api/auth/sign-in", { email, password }, { origin: null });
      expect(noOrigin.status).to.equal(403);
    });

    it("gives the same answer for an unknown e-mail and a wrong password", async () => {
      const { email } = await buildUser({ totp: false });
      const c = client();
      await c.session();
      const wrong = await c.post("/api/auth/sign-in", { email, password: "not the right password" });
      const unknown = await c.post("/api/auth/sign-in", { email: "nobody-here@example.test", password: "not the right password" });
      expect(wrong.status).to.equal(401);
      expect(unknown.status).to.equal(unknown.status);
      const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
      expect(strip(unknown.body)).to.deep.equal(strip(wrong.body));
      expect(wrong.body.code).to.equal("invalid_credentials");
    });

    it("signs in a user without 2FA (when not required) and regenerates the session id", async () => {
      await Setting.updateOne({ _id: "workspace" }, { $set: { require2faForAll: false } }, { upsert: true });
      try {
        const { email, password } = await buildUser({ totp: false });
        const c = client();
        await c.session();
        const before = c.cookieHeader();
        const state = await c.post("/api/auth/sign-in", { email, password });
        expect(state.status).to.equal(200);
        expect(state.body.stage).to.equal("signed_in");
        expect(state.body.account.email).to.equal(email);
        expect(c.cookieHeader()).to.not.equal(before);
        expect(await SessionRecord.exists({ _id: decodeURIComponent(before.split("=")[1]!).slice(2).split(".")[0] })).to.equal(null);
      } finally {
        await Setting.updateOne({ _id: "workspace" }, { $set: { require2faForAll: true } });
      }
    });

    it("sends a member without 2FA to enrolment while 'require 2FA for all' is on", async () => {
      const { email, password } = await buildUser({ totp: false });
      const c = client();
      const state = await c.signIn(email, password);
      expect(state.stage).to.equal("enrolment");
      expect((await c.get("/api/account")).status).to.equal(200);
      const blocked = await c.get("/api/account/sessions");
      expect(blocked.status).to.equal(403);
      expect(blocked.body.code).to.equal("enrolment_required");
    });

    it("sets an httpOnly, SameSite=Lax session cookie", async () => {
      const response = await client().get("/api/auth/session");
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith("greychair.sid="))!;
      expect(cookie).to.match(/HttpOnly/i);
      expect(cookie).to.match(/SameSite=Lax/i);
      expect(cookie).to.match(/Expires=/i);
    });

    it("refuses deactivated users and observers past their end date with the generic answer", async () => {
      const inactive = await buildUser({ totp: false, active: false });
      const expired = await buildUser({ role: "observer", totp: false, accessUntil: new Date(Date.now() - 1000) });
      for (const built of [inactive, expired]) {
        const c = client();
        await c.session();
        const response = await c.post("/api/auth/sign-in", { email: built.email, password: built.password });
        expect(response.status).to.equal(401);
        expect(response.body.code).to.equal("invalid_credentials");
      }
    });

    it("rejects bad input with 422 and no session", async () => {
      const c = client();
      await c.session();
      for (const body of [{}, { email: "x@y.z" }, { email: { $gt: "" }, password: "x" }, { email: "a@b.c", password: 12 }, { email: "a@b.c", password: "x".repeat(300) }]) {
        const response = await c.post("/api/auth/sign-in", body);
        expect(response.status, JSON.stringify(body)).to.equal(422);
        expect(response.body.code).to.equal("validation_failed");
      }
      expect((await c.session()).stage).to.equal("anonymous");
    });

    it("slows down repeated failures with a growing delay (429 with Retry-After)", async () => {
      const { email } = await buildUser({ totp: false });
      const c = client();
      await c.session();
      for (let i = 0; i < 3; i++) expect((await c.post("/api/auth/sign-in", { email, password: "wrong password!!" })).status).to.equal(401);
      const throttled = await c.post("/api/auth/sign-in", { email, password: "wrong password!!" });
      expect(throttled.status).to.equal(429);
      expect(throttled.body.code).to.equal("rate_limited");
      expect(Number(throttled.headers.get("retry-after"))).to.be.greaterThan(0);
    });

    it("locks the account for 15 minutes after 10 failures, even for the right password, and audits it", async () => {
      const { email, password, user } = await buildUser({ totp: false });
      const c = client();
      await c.session();
      for (let i = 0; i < 10; i++) {
        await letTimePass(120);
        expect((await c.post("/api/auth/sign-in", { email, password: "wrong password!!" })).status).to.equal(401);
      }
      const locked = await c.post("/api/auth/sign-in", { email, password });
      expect(locked.status).to.equal(423);
      expect(locked.body.code).to.equal("locked");
      expect(Number(locked.headers.get("retry-after"))).to.be.within(800, 900);
      expect(await AuditEntry.exists({ action: "auth.lockout", targetId: user.id })).to.not.equal(null);
      await letTimePass(15 * 60 + 1);
      expect((await c.post("/api/auth/sign-in", { email, password })).status).to.equal(200);
    });

    it("audits success and failure", async () => {
      const { email, password, user } = await buildUser({ totp: false });
      const c = client();
      await c.session();
      await c.post("/api/auth/sign-in", { email, password: "wrong password!!" });
      await c.post("/api/auth/sign-in", { email, password });
      expect(await AuditEntry.exists({ action: "auth.sign_in", result: "failure", targetId: user.id })).to.not.equal(null);
      expect(await AuditEntry.exists({ action: "auth.sign_in", result: "success", actorId: user.id })).to.not.equal(null);
    });
  });

  describe("POST /api/auth/second-factor", () => {
    it("needs the password step first", async () => {
      const c = client();
      await c.session();
      const response = await c.post("/api/auth/second-factor", { code: "123456" });
      expect(response.status).to.equal(401);
    });

    it("accepts a TOTP code once and refuses it when replayed", async () => {
      const { email, password, totpSecret } = await buildUser({ role: "chair" });
      const code = totpCode(totpSecret!, Date.now());
      const first = client();
      await first.session();
      expect((await first.post("/api/auth/sign-in", { email, password })).body.stage).to.equal("second_factor");
      expect((await first.get("/api/account")).status, "no access before the second factor").to.equal(401);
      const ok = await first.post("/api/auth/second-factor", { code });
      expect(ok.status).to.equal(200);
      expect(ok.body.stage).to.equal("signed_in");

      const second = client();
      await second.session();
      await second.post("/api/auth/sign-in", { email, password });
      const replay = await second.post("/api/auth/second-factor", { code });
      expect(replay.status).to.equal(401);
      expect(replay.body.code).to.equal("invalid_code");
    });

    it("accepts a recovery code once", async () => {
      const { email, password, user } = await buildUser({ role: "secretariat" });
      const [code] = generateRecoveryCodes(1);
      await User.updateOne({ _id: user._id }, { $set: { "totp.recoveryCodeHashes": [hashRecoveryCode(code!)] } });
      const first = client();
      await first.session();
      await first.post("/api/auth/sign-in", { email, password });
      expect((await first.post("/api/auth/second-factor", { code: code!.toUpperCase() })).body.stage).to.equal("signed_in");
      const second = client();
      await second.session();
      await second.post("/api/auth/sign-in", { email, password });
      expect((await second.post("/api/auth/second-factor", { code })).status).to.equal(401);
    });

    it("rejects malformed codes with 422", async () => {
      const { email, password } = await buildUser({ role: "chair" });
      const c = client();
      await c.session();
      await c.post("/api/auth/sign-in", { email, password });
      for (const code of ["12345", "abcdef", 123456, { $ne: null }, "1234567"]) {
        expect((await c.post("/api/auth/second-factor", { code })).status, JSON.stringify(code)).to.equal(422);
      }
    });
  });

  describe("sessions", () => {
    it("signs out", async () => {
      const built = await buildUser();
      const c = client();
      await c.signIn(built.email, built.password, built.totpSecret);
      expect((await c.post("/api/auth/sign-out")).status).to.equal(204);
      expect((await c.get("/api/account")).status).to.equal(401);
      expect(await AuditEntry.exists({ action: "auth.sign_out", actorId: built.user.id })).to.not.equal(null);
    });

    it("ends a session idle for 30 minutes", async () => {
      const built = await buildUser();
      const c = client();
      await c.signIn(built.email, built.password, built.totpSecret);
      await SessionRecord.updateMany({ userId: built.user._id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
      expect((await c.get("/api/account")).status).to.equal(401);
    });

    it("ends a session 12 hours after sign-in, however active", async () => {
      const built = await buildUser();
      const c = client();
      await c.signIn(built.email, built.password, built.totpSecret);
      const record = (await SessionRecord.findOne({ userId: built.user._id }))!;
      const data = JSON.parse(record.data);
      data.meta.createdAt = Date.now() - 12 * 3_600_000 - 1000;
      record.data = JSON.stringify(data);
      await record.save();
      expect((await c.get("/api/account")).status).to.equal(401);
    });

    it("extends the idle deadline on activity", async () => {
      const built = await buildUser();
      const c = client();
      await c.signIn(built.email, built.password, built.totpSecret);
      await SessionRecord.updateMany({ userId: built.user._id }, { $set: { expiresAt: new Date(Date.now() + 60_000) } });
      await c.get("/api/account");
      const record = (await SessionRecord.findOne({ userId: built.user._id }).lean())!;
      expect(record.expiresAt.getTime()).to.be.greaterThan(Date.now() + 29 * 60_000);
    });
  });
});
