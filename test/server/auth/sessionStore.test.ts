import type mongoose from "mongoose";
import { expect } from "chai";
import { MongooseSessionStore, TOUCH_INTERVAL_MS } from "../../../server/auth/sessionStore";
import sessionRevoker from "../../../server/commands/sessionRevoker";
import { SessionRecord } from "../../../server/models/SessionRecord";
import { User } from "../../../server/models/User";
import { buildUser, type BuiltUser } from "../../support/factories";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

const IDLE_MS = 30 * 60_000;

/**
 * Sessions and users are cached in the server process and the idle deadline is written at most once
 * a minute; none of it may weaken revocation or idle expiry. Every "warm" below has made requests
 * first, so the session and the user are in the caches when access ends.
 */
describe("session store: caching and touching", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  const signedIn = async (built: BuiltUser) => {
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return client;
  };
  /** Requests that fill the caches (session, user). */
  const warm = async (...clients: TestClient[]) => {
    for (const client of clients) for (let i = 0; i < 3; i++) expect((await client.get("/api/account")).status).to.equal(200);
  };
  const sessionOf = async (userId: mongoose.Types.ObjectId) => (await SessionRecord.findOne({ userId }).sort({ createdAt: -1 }).lean())!;

  describe("a revoked session is refused on the very next request", () => {
    it("signing out everywhere", async () => {
      const built = await buildUser();
      const [first, second] = [await signedIn(built), await signedIn(built)];
      await warm(first, second);
      expect((await first.post("/api/account/sessions/revoke-all")).status).to.equal(204);
      expect((await second.get("/api/account")).status).to.equal(401);
      expect((await first.get("/api/account")).status).to.equal(401);
    });

    it("signing out one session, and signing out (a copied cookie does not work afterwards)", async () => {
      const built = await buildUser();
      const [first, second] = [await signedIn(built), await signedIn(built)];
      await warm(first, second);
      const other = (await first.get("/api/account/sessions")).body.find((s: { current: boolean }) => !s.current);
      expect((await first.delete(`/api/account/sessions/${other.id}`)).status).to.equal(204);
      expect((await second.get("/api/account")).status).to.equal(401);
      const copy = TestClient.sameBrowser(first, server.url);
      await warm(copy);
      expect((await first.post("/api/auth/sign-out")).status).to.equal(204);
      expect((await copy.get("/api/account")).status).to.equal(401);
    });

    it("deactivation and a role change by the secretariat", async () => {
      const admin = await signedIn(await buildUser({ role: "secretariat" }));
      for (const change of [{ active: false }, { role: "observer" }]) {
        const built = await buildUser();
        const client = await signedIn(built);
        await warm(client, admin);
        expect((await admin.patch(`/api/users/${built.user.id}`, change)).status, JSON.stringify(change)).to.equal(200);
        expect((await client.get("/api/account")).status, JSON.stringify(change)).to.equal(401);
      }
    });

    it("a password change ends the other sessions, not this one", async () => {
      const built = await buildUser();
      const [first, second] = [await signedIn(built), await signedIn(built)];
      await warm(first, second);
      const newPassword = "een nieuw lang wachtwoord voor de werkgroep";
      expect((await first.post("/api/account/password", { currentPassword: built.password, newPassword })).status).to.equal(204);
      expect((await second.get("/api/account")).status).to.equal(401);
      expect((await first.get("/api/account")).status).to.equal(200);
    });

    it("a user changed in the database behind the routes' back (an observer past the end date)", async () => {
      const built = await buildUser({ role: "observer" });
      const client = await signedIn(built);
      await warm(client);
      await User.updateOne({ _id: built.user._id }, { $set: { accessUntil: new Date(Date.now() - 1000) } });
      expect((await client.get("/api/account")).status).to.equal(401);
    });

    it("shows the user's own change at once", async () => {
      const client = await signedIn(await buildUser());
      await warm(client);
      expect((await client.patch("/api/account", { name: "Renamed Person" })).status).to.equal(200);
      expect((await client.get("/api/account")).body.name).to.equal("Renamed Person");
    });
  });

  describe("idle expiry", () => {
    it("still ends a warm session whose stored deadline has passed", async () => {
      const built = await buildUser();
      const client = await signedIn(built);
      await warm(client);
      await SessionRecord.updateMany({ userId: built.user._id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
      expect((await client.get("/api/account")).status).to.equal(401);
    });

    it("writes the stored deadline at most once a minute, and moves it when a minute has passed", async () => {
      const built = await buildUser();
      const client = await signedIn(built);
      await warm(client);
      const before = await sessionOf(built.user._id);
      await warm(client);
      const after = await sessionOf(built.user._id);
      expect(after.expiresAt.getTime(), "not written again within the minute").to.equal(before.expiresAt.getTime());
      expect(after.lastSeenAt.getTime()).to.equal(before.lastSeenAt.getTime());
      // As if the last write was a minute and a second ago:
      const older = new Date(before.expiresAt.getTime() - TOUCH_INTERVAL_MS - 1000);
      await SessionRecord.updateOne({ _id: before._id }, { $set: { expiresAt: older } });
      expect((await client.get("/api/account")).status).to.equal(200);
      const moved = (await SessionRecord.findById(before._id).lean())!;
      expect(moved.expiresAt.getTime()).to.be.within(Date.now() + IDLE_MS - 5_000, Date.now() + IDLE_MS);
    });

    it("keeps the cookie's Expires and the stored deadline within a minute of each other", async () => {
      const built = await buildUser();
      const client = await signedIn(built);
      await warm(client);
      const record = await sessionOf(built.user._id);
      // 50 seconds later (no write due yet), the cookie says 30 minutes from now, the record a little less.
      await SessionRecord.updateOne({ _id: record._id }, { $set: { expiresAt: new Date(Date.now() + IDLE_MS - 50_000) } });
      const response = await client.get("/api/account");
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith("greychair.sid="))!;
      const cookieExpires = new Date(/Expires=([^;]+)/i.exec(cookie)![1]!).getTime();
      const stored = (await SessionRecord.findById(record._id).lean())!.expiresAt.getTime();
      expect(cookieExpires - stored).to.be.within(0, TOUCH_INTERVAL_MS);
      expect(cookieExpires).to.be.within(Date.now() + IDLE_MS - 5_000, Date.now() + IDLE_MS + 1_000);
    });
  });

  it("does not bring back a revoked session when a late request saves it", async () => {
    const built = await buildUser();
    const client = await signedIn(built);
    const record = await sessionOf(built.user._id);
    const store = new MongooseSessionStore();
    try {
      const data = await new Promise<unknown>((resolve, reject) => store.get(record._id, (error, value) => (error ? reject(error) : resolve(value))));
      expect(data).to.not.equal(null);
      await sessionRevoker({ userId: built.user.id });
      await new Promise<void>((resolve, reject) => store.set(record._id, data as never, (error) => (error ? reject(error) : resolve())));
      expect(await SessionRecord.exists({ _id: record._id })).to.equal(null);
      expect((await client.get("/api/account")).status).to.equal(401);
    } finally {
      store.close();
    }
  });
});
