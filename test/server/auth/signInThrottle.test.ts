import { expect } from "chai";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { passwordVerifications } from "../../../server/auth/passwordHashing";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { SignInAttempt } from "../../../server/models/SignInAttempt";
import { buildUser, type BuiltUser } from "../../support/factories";
import { TestClient, unusedTotpCode, wrongTotpCode, type TestResponse } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

/** Over real HTTP: the sign-in throttle counts every attempt first, of either step. */
describe("sign-in throttle", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  // Every request comes from 127.0.0.1: each test starts with nothing counted.
  beforeEach(() => SignInAttempt.deleteMany({}));
  after(() => server.stop());

  const client = async () => {
    const c = new TestClient(server.url);
    await c.session();
    return c;
  };
  /** Moves the counted attempts back in time, as waiting would (past every pause). */
  const letTimePass = async (seconds = 120) => {
    for (const doc of await SignInAttempt.find()) {
      doc.at = new Date(doc.at.getTime() - seconds * 1000);
      await doc.save();
    }
  };
  const password = (c: TestClient, email: string, pass: string) => c.post("/api/auth/sign-in", { email, password: pass });
  const code = (c: TestClient, value: string) => c.post("/api/auth/second-factor", { code: value });
  const wrongCode = (built: BuiltUser) => wrongTotpCode(built.totpSecret!);
  const statuses = (responses: TestResponse[]) => responses.map((r) => r.status);
  const count = (list: number[], status: number) => list.filter((s) => s === status).length;

  describe("parallel attempts", () => {
    const burst = async (attempt: () => Promise<TestResponse>, n = 25) => {
      const before = passwordVerifications();
      const responses = await Promise.all(Array.from({ length: n }, attempt));
      return { responses, evaluated: passwordVerifications() - before, codes: statuses(responses) };
    };

    /** n failures of this account, each after the pause the one before asks for (as waiting would). */
    const failures = async (c: TestClient, email: string, n: number) => {
      for (let i = 0; i < n; i++) {
        await letTimePass();
        expect((await password(c, email, "wrong password!!")).status).to.equal(401);
      }
      await letTimePass();
    };
    const refused = (codes: number[]) => codes.filter((s) => s === 429 || s === 423).length;

    it("evaluates at most the threshold of 25 parallel wrong passwords; the rest wait (429)", async () => {
      const { email } = await buildUser({ totp: false });
      const c = await client();
      const { evaluated, codes } = await burst(() => password(c, email, "wrong password!!"));
      // Three free, then one per pause (1 s, 2 s, …) that passes while the burst lasts.
      expect(evaluated, "argon2 verifications").to.be.within(1, ACCOUNT_LIMITS.lockoutFailures);
      expect(count(codes, 401)).to.equal(evaluated);
      expect(refused(codes)).to.equal(25 - evaluated);
      expect(count(codes, 429)).to.be.greaterThan(10);
    });

    it("evaluates exactly one of 25 parallel wrong passwords when a pause is due, for a known and an unknown e-mail alike", async () => {
      const { email } = await buildUser({ totp: false });
      for (const address of [email, "nobody-at-all@example.test"]) {
        const c = await client();
        await failures(c, address, 8); // the next pause after this one is a minute: nothing passes during the burst
        const { evaluated, codes, responses } = await burst(() => password(c, address, "wrong password!!"));
        expect(evaluated, address).to.equal(1);
        expect(count(codes, 401)).to.equal(1);
        expect(count(codes, 429), address).to.equal(24);
        expect(responses.find((r) => r.status === 401)!.body.code).to.equal("invalid_credentials");
      }
    });

    it("at the lockout threshold, evaluates one of 25 parallel attempts and then refuses even the right password", async () => {
      const { email, password: right, user } = await buildUser({ totp: false });
      const c = await client();
      await failures(c, email, 9);
      const { evaluated, codes } = await burst(() => password(c, email, "wrong password!!"));
      expect(evaluated).to.equal(1);
      expect(count(codes, 401)).to.equal(1);
      expect(refused(codes)).to.equal(24);
      const locked = await password(c, email, right);
      expect(locked.status).to.equal(423);
      expect(locked.body.code).to.equal("locked");
      expect(await AuditEntry.countDocuments({ action: "auth.lockout", targetId: user.id })).to.equal(1);
    });

    it("locks an unknown e-mail after 10 failures too", async () => {
      const c = await client();
      await failures(c, "ghost@example.test", 10);
      expect((await password(c, "ghost@example.test", "wrong password!!")).status).to.equal(423);
    });

    it("counts per address first: with its free attempts used up, one of 20 parallel guesses at other e-mails is evaluated", async () => {
      // 35 failures from this address so far, the last 40 s ago: the 32 s pause has passed, the next is a minute.
      const at = new Date(Date.now() - 40_000);
      await SignInAttempt.insertMany(Array.from({ length: 35 }, (_, i) => ({ _id: `ip:127.0.0.1#1#${i + 1}`, key: "ip:127.0.0.1", series: 1, n: i + 1, at, expiresAt: new Date(Date.now() + 600_000) })));
      const c = await client();
      let n = 0;
      const { evaluated, codes } = await burst(() => password(c, `spray${++n}@example.test`, "wrong password!!"), 20);
      expect(evaluated).to.equal(1);
      expect(count(codes, 401)).to.equal(1);
      expect(count(codes, 429)).to.equal(19);
      expect(await SignInAttempt.countDocuments({ key: /^account:spray/, released: false }), "refused by the address, so not counted for the account").to.equal(1);
    });

    it("does not count right passwords against the address (an office signing in together)", async () => {
      const users = await Promise.all(Array.from({ length: 32 }, () => buildUser({ totp: false })));
      const c = await client();
      // Two rounds of 16 at once: 32 sign-ins from one address, more than its 30 free attempts.
      const answers: number[] = [];
      for (const round of [users.slice(0, 16), users.slice(16)]) {
        answers.push(...(await Promise.all(round.map((u) => new TestClient(server.url).signIn(u.email, u.password).then(() => 200, () => 0)))));
      }
      expect(answers.every((status) => status === 200)).to.equal(true);
      expect(await SignInAttempt.countDocuments({ key: "ip:127.0.0.1", released: false })).to.equal(0);
      expect((await password(c, users[0]!.email, "wrong password!!")).status).to.equal(401);
    });
  });

  describe("the second step", () => {
    it("allows five codes per pending sign-in, then starts over at the password", async () => {
      const built = await buildUser({ role: "chair" });
      const c = await client();
      expect((await password(c, built.email, built.password)).body.stage).to.equal("second_factor");
      for (let i = 1; i <= 4; i++) {
        await letTimePass();
        const wrong = await code(c, wrongCode(built));
        expect(wrong.status).to.equal(401);
        expect(wrong.body.code).to.equal("invalid_code");
      }
      await letTimePass();
      const fifth = await code(c, wrongCode(built));
      expect(fifth.status).to.equal(401);
      expect(fifth.body.code).to.equal("second_factor_restart");
      expect((await c.session()).stage).to.equal("anonymous");
      await letTimePass();
      const right = await code(c, await unusedTotpCode(built.email, built.totpSecret!));
      expect(right.status, "the right code after the fifth is refused: the pending sign-in is gone").to.equal(401);
      await letTimePass();
      expect((await password(c, built.email, built.password)).body.stage).to.equal("second_factor");
      expect((await code(c, await unusedTotpCode(built.email, built.totpSecret!))).body.stage).to.equal("signed_in");
    });

    it("refuses more than five parallel codes of one pending sign-in", async () => {
      const built = await buildUser({ role: "chair" });
      const c = await client();
      await password(c, built.email, built.password);
      const responses = await Promise.all(Array.from({ length: 25 }, () => code(c, wrongCode(built))));
      const evaluated = responses.filter((r) => r.status === 401 && r.body.code === "invalid_code").length;
      expect(evaluated).to.be.within(1, 4);
      expect(responses.every((r) => r.status === 429 || r.status === 423 || (r.status === 401 && ["invalid_code", "second_factor_restart"].includes(r.body.code)))).to.equal(true);
    });

    /** Wrong codes (re-entering the password whenever asked) until the account locks; returns how many got through. */
    const guessCodes = async (built: BuiltUser, guess: () => string): Promise<{ wrong: number; lockedAfter: number }> => {
      const c = await client();
      let wrong = 0;
      for (let i = 0; i < 15; i++) {
        await letTimePass();
        const state = await c.session();
        if (state.stage !== "second_factor") {
          const step = await password(c, built.email, built.password);
          if (step.status === 423) return { wrong, lockedAfter: i };
          expect(step.body.stage).to.equal("second_factor");
          await letTimePass();
        }
        const answer = await code(c, guess());
        if (answer.status === 423) return { wrong, lockedAfter: i };
        expect(answer.status).to.equal(401);
        wrong++;
      }
      return { wrong, lockedAfter: -1 };
    };

    it("counts wrong TOTP codes towards the same lockout: 15 wrong codes do not fit under it", async () => {
      const built = await buildUser({ role: "chair" });
      const result = await guessCodes(built, () => wrongCode(built));
      expect(result.lockedAfter, "locked before the 15th code").to.be.greaterThan(0);
      expect(result.wrong).to.equal(10);
      const c = await client();
      expect((await password(c, built.email, built.password)).status, "the right password is refused while locked").to.equal(423);
      expect(await AuditEntry.exists({ action: "auth.lockout", targetId: built.user.id })).to.not.equal(null);
    });

    it("counts wrong recovery codes the same way", async () => {
      const built = await buildUser({ role: "secretariat" });
      const result = await guessCodes(built, () => "abcde-fghjk");
      expect(result.wrong).to.equal(10);
      expect((await password(await client(), built.email, built.password)).status).to.equal(423);
    });

    it("adds wrong passwords and wrong codes together, and a right password does not reset them", async () => {
      const built = await buildUser({ role: "chair" });
      const c = await client();
      for (let i = 0; i < 6; i++) {
        await letTimePass();
        expect((await password(c, built.email, "wrong password!!")).status).to.equal(401);
      }
      await letTimePass();
      expect((await password(c, built.email, built.password)).body.stage).to.equal("second_factor");
      for (let i = 0; i < 4; i++) {
        await letTimePass();
        expect((await code(c, wrongCode(built))).status).to.equal(401);
      }
      await letTimePass();
      expect((await code(c, wrongCode(built))).status, "the 11th attempt, after ten failures").to.equal(423);
    });

    it("clears the count after a full sign-in", async () => {
      const built = await buildUser({ role: "chair" });
      const c = await client();
      for (let i = 0; i < 3; i++) {
        await letTimePass();
        await password(c, built.email, "wrong password!!");
      }
      await letTimePass();
      await c.signIn(built.email, built.password, built.totpSecret);
      expect(await SignInAttempt.countDocuments({ key: `account:${built.email}` })).to.equal(0);
    });
  });
});
