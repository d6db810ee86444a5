import { expect } from "chai";
import { audit } from "../../../server/audit/auditLog";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { Setting, loadSettings } from "../../../server/models/Setting";
import type { Role } from "../../../shared/domain";
import { buildUser } from "../../support/factories";
import { TestClient, type TestResponse } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { expectProblem } from "../../support/problems";


interface Entry {
  seq: number;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  target: { type: string; id: string; label: string } | null;
  result: string;
  details: Record<string, unknown>;
  hash: string;
}
interface Page {
  entries: Entry[];
  nextBefore: number | null;
}

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
let sequence = 0;

describe("administration routes", () => {
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
  /** Audited actions by this client: it creates organisations. Returns their names, oldest first. */
  const createOrganisations = async (client: TestClient, count: number) => {
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      const name = `Audit trail org ${process.pid} ${++sequence}`;
      const response = await client.post("/api/organisations", { name, discipline: "other", country: "other" });
      expect(response.status).to.equal(201);
      names.push(name);
    }
    return names;
  };
  const readAudit = (client: TestClient, query: string) => client.get<Page>(`/api/audit${query ? `?${query}` : ""}`);
  const settingsAudits = (actorId: string) => AuditEntry.find({ action: "settings.require_2fa_changed", actorId }).sort({ seq: 1 }).lean();

  before(async () => (server = await startTestServer()));
  after(() => server.stop());
  // Tests that switch the setting put the default back, whatever happens.
  afterEach(async () => {
    await Setting.updateOne({ _id: "workspace" }, { $set: { require2faForAll: true } }, { upsert: true });
  });

  describe("settings", () => {
    it("requires authentication (401) and changes nothing", async () => {
      const anonymous = await visitor();
      expectProblem(await anonymous.get("/api/settings"), 401, "unauthorized");
      expectProblem(await anonymous.patch("/api/settings", { require2faForAll: false }), 401, "unauthorized");
      expect(await loadSettings()).to.deep.equal({ require2faForAll: true, includeExcerpts: false });
    });

    it("rejects a member, a chair and an observer (403) and changes nothing", async () => {
      const before = await AuditEntry.countDocuments({ action: "settings.require_2fa_changed" });
      for (const role of ["member", "chair", "observer"] as const) {
        const { client } = await signedIn(role);
        expectProblem(await client.get("/api/settings"), 403, "forbidden");
        expectProblem(await client.patch("/api/settings", { require2faForAll: false }), 403, "forbidden");
      }
      expect(await loadSettings()).to.deep.equal({ require2faForAll: true, includeExcerpts: false });
      expect(await AuditEntry.countDocuments({ action: "settings.require_2fa_changed" })).to.equal(before);
    });

    it("gives the secretariat the default: two-factor sign-in required for all", async () => {
      await Setting.deleteMany({});
      const { client } = await signedIn("secretariat");
      const response = await client.get("/api/settings");
      expect(response.status).to.equal(200);
      expect(response.body).to.deep.equal({ require2faForAll: true, includeExcerpts: false, mail: { enabled: false, from: null, queued: 0, failed: 0, lastFailureAt: null } });
    });

    it("switches 'require 2FA for all' off and on, auditing each change once", async () => {
      const { client, built } = await signedIn("secretariat");
      const off = await client.patch("/api/settings", { require2faForAll: false });
      expect(off.status).to.equal(200);
      expect(off.body).to.include({ require2faForAll: false, includeExcerpts: false });
      expect((await client.get("/api/settings")).body).to.include({ require2faForAll: false });
      // The same value again is not a change.
      expect((await client.patch("/api/settings", { require2faForAll: false })).status).to.equal(200);
      let audited = await settingsAudits(built.user.id);
      expect(audited).to.have.length(1);
      expect(JSON.parse(audited[0]!.details!)).to.deep.equal({ require2faForAll: false });
      expect(audited[0]!.result).to.equal("success");

      const on = await client.patch("/api/settings", { require2faForAll: true });
      expect(on.body).to.include({ require2faForAll: true });
      audited = await settingsAudits(built.user.id);
      expect(audited.map((entry) => JSON.parse(entry.details!))).to.deep.equal([{ require2faForAll: false }, { require2faForAll: true }]);
    });

    it("decides whether a member without two-factor sign-in must enrol first", async () => {
      const { client: admin } = await signedIn("secretariat");
      const member = await buildUser({ role: "member", totp: false });
      const stage = async () => (await new TestClient(server.url).signIn(member.email, member.password)).stage;
      expect(await stage()).to.equal("enrolment");
      await admin.patch("/api/settings", { require2faForAll: false });
      expect(await stage()).to.equal("signed_in");
      await admin.patch("/api/settings", { require2faForAll: true });
      expect(await stage()).to.equal("enrolment");
    });

    describe("bad input", () => {
      // One actor for the table: these tests never change it.
      let admin: { client: TestClient; built: Awaited<ReturnType<typeof buildUser>> };
      before(async () => (admin = await signedIn("secretariat")));
      const cases: Array<[string, unknown]> = [
        ["a string", { require2faForAll: "yes" }],
        ["the string 'false'", { require2faForAll: "false" }],
        ["a number", { require2faForAll: 0 }],
        ["null", { require2faForAll: null }],
        ["an operator", { require2faForAll: { $ne: true } }],
        ["a missing value", {}],
        ["an unknown setting only", { require2fa: false }],
        ["an array as body", [{ require2faForAll: false }]],
      ];
      for (const [what, body] of cases) {
        it(`refuses ${what} with 422 and changes nothing`, async () => {
          const { client, built } = admin;
          const response = await client.patch("/api/settings", body);
          expectProblem(response, 422, "validation_failed");
          expect(response.body.issues.map((i: { path: string }) => i.path)).to.satisfy((paths: string[]) => paths.some((p) => p.startsWith("body")));
          expect(await loadSettings()).to.deep.equal({ require2faForAll: true, includeExcerpts: false });
          expect(await settingsAudits(built.user.id)).to.have.length(0);
        });
      }
    });
  });

  describe("audit log", () => {
    it("requires authentication (401)", async () => {
      const anonymous = await visitor();
      expectProblem(await anonymous.get("/api/audit"), 401, "unauthorized");
      expectProblem(await anonymous.get("/api/audit/verify"), 401, "unauthorized");
    });

    it("rejects a member, a chair and an observer (403)", async () => {
      for (const role of ["member", "chair", "observer"] as const) {
        const { client } = await signedIn(role);
        expectProblem(await client.get("/api/audit"), 403, "forbidden");
        expectProblem(await client.get("/api/audit?action=auth.sign_in"), 403, "forbidden");
        expectProblem(await client.get("/api/audit/verify"), 403, "forbidden");
      }
    });

    it("gives the secretariat the entries newest first, with who, what, when and the hash", async () => {
      const { client, built } = await signedIn("secretariat");
      const [name] = await createOrganisations(client, 1);
      const response = await readAudit(client, "limit=20");
      expect(response.status).to.equal(200);
      const seqs = response.body.entries.map((entry) => entry.seq);
      expect(seqs).to.deep.equal([...seqs].sort((a, b) => b - a));
      expect(new Set(seqs).size).to.equal(seqs.length);
      const newest = response.body.entries[0]!;
      expect(newest).to.deep.include({ action: "organisation.created", actor: { id: built.user.id, name: built.user.name }, result: "success" });
      expect(newest.target).to.include({ type: "organisation", label: name });
      expect(newest.details).to.deep.equal({});
      expect(newest.hash).to.match(/^[0-9a-f]{64}$/);
      expect(Math.abs(Date.parse(newest.at) - Date.now())).to.be.below(60_000);
      expect(newest.seq).to.equal((await AuditEntry.findOne().sort({ seq: -1 }).lean())!.seq);
    });

    it("filters by action", async () => {
      const { client, built } = await signedIn("secretariat");
      await createOrganisations(client, 2);
      const response = await readAudit(client, "action=organisation.created&limit=200");
      expect(response.status).to.equal(200);
      expect(response.body.entries.length).to.be.at.least(2);
      expect(response.body.entries.every((entry) => entry.action === "organisation.created")).to.equal(true);
      expect(response.body.entries.filter((entry) => entry.actor?.id === built.user.id)).to.have.length(2);
    });

    it("filters by result", async () => {
      const { client } = await signedIn("secretariat");
      const email = `nobody.${process.pid}.${++sequence}@example.test`;
      const stranger = await visitor();
      expectProblem(await stranger.post("/api/auth/sign-in", { email, password: "not the right one at all" }), 401, "invalid_credentials");

      const failures = await readAudit(client, "result=failure&limit=200");
      expect(failures.status).to.equal(200);
      expect(failures.body.entries.every((entry) => entry.result === "failure")).to.equal(true);
      const ours = failures.body.entries.filter((entry) => entry.details.email === email);
      expect(ours).to.have.length(1);
      expect(ours[0]).to.deep.include({ action: "auth.sign_in", actor: null });

      const successes = await readAudit(client, "result=success&action=auth.sign_in&limit=200");
      expect(successes.body.entries.every((entry) => entry.result === "success" && entry.action === "auth.sign_in")).to.equal(true);
      expect(successes.body.entries.some((entry) => entry.details.email === email)).to.equal(false);
    });

    it("filters by actor", async () => {
      const { client, built } = await signedIn("secretariat");
      const other = await signedIn("secretariat");
      await createOrganisations(client, 2);
      await createOrganisations(other.client, 1);
      const response = await readAudit(client, `actorId=${built.user.id}`);
      expect(response.status).to.equal(200);
      expect(response.body.entries.every((entry) => entry.actor?.id === built.user.id)).to.equal(true);
      // Password step, sign-in, two organisations.
      expect(response.body.entries.map((entry) => entry.action)).to.deep.equal([
        "organisation.created",
        "organisation.created",
        "auth.sign_in",
        "auth.password_accepted",
      ]);
    });

    it("filters by date range (whole days, from and to included)", async () => {
      const { client, built } = await signedIn("secretariat");
      await createOrganisations(client, 1);
      const mine = `actorId=${built.user.id}`;
      const count = async (range: string) => {
        const response = await readAudit(client, `${mine}&${range}`);
        expect(response.status, range).to.equal(200);
        return response.body.entries.length;
      };
      expect(await count(`from=${isoDay(0)}&to=${isoDay(0)}`)).to.equal(3);
      expect(await count(`from=${isoDay(-1)}`)).to.equal(3);
      expect(await count(`to=${isoDay(0)}`)).to.equal(3);
      expect(await count(`to=${isoDay(-1)}`)).to.equal(0);
      expect(await count(`from=${isoDay(1)}`)).to.equal(0);
      expect(await count(`from=${isoDay(1)}&to=${isoDay(-1)}`)).to.equal(0);
      for (const bad of ["from=yesterday", "to=2025-1-1", "from=2025-02-30", "to=2025-12-31T00:00:00Z", "from=2025-01-01&from=2025-01-02"]) {
        expectProblem(await readAudit(client, `${mine}&${bad}`), 422, "validation_failed");
      }
    });

    it("pages backwards with before and nextBefore", async () => {
      const { client, built } = await signedIn("secretariat");
      const names = await createOrganisations(client, 5);
      const mine = `actorId=${built.user.id}&action=organisation.created&limit=2`;
      const first = await readAudit(client, mine);
      expect(first.body.entries).to.have.length(2);
      expect(first.body.nextBefore).to.equal(first.body.entries[1]!.seq);
      const second = await readAudit(client, `${mine}&before=${first.body.nextBefore}`);
      expect(second.body.entries).to.have.length(2);
      expect(second.body.entries[0]!.seq).to.be.below(first.body.entries[1]!.seq);
      const third = await readAudit(client, `${mine}&before=${second.body.nextBefore}`);
      expect(third.body.entries).to.have.length(1);
      expect(third.body.nextBefore).to.equal(null);
      const labels = [...first.body.entries, ...second.body.entries, ...third.body.entries].map((entry) => entry.target!.label);
      expect(labels).to.deep.equal([...names].reverse());

      // Exactly a full page left: no next page.
      const whole = await readAudit(client, `actorId=${built.user.id}&action=organisation.created&limit=5`);
      expect(whole.body.entries).to.have.length(5);
      expect(whole.body.nextBefore).to.equal(null);
    });

    it("returns 50 entries by default", async () => {
      const { client, built } = await signedIn("secretariat");
      const action = `test.bulk_${process.pid}_${++sequence}`;
      for (let i = 0; i < 51; i++) await audit({ action, actor: { id: built.user.id, name: built.user.name } });
      const first = await readAudit(client, `action=${action}`);
      expect(first.body.entries).to.have.length(50);
      expect(first.body.nextBefore).to.be.a("number");
      const rest = await readAudit(client, `action=${action}&before=${first.body.nextBefore}`);
      expect(rest.body.entries).to.have.length(1);
      expect(rest.body.nextBefore).to.equal(null);
    });

    it("keeps the limit within 1 to 200 and before positive (422 otherwise)", async () => {
      const { client } = await signedIn("secretariat");
      await createOrganisations(client, 1);
      expect((await readAudit(client, "limit=1")).body.entries).to.have.length(1);
      expect((await readAudit(client, "limit=200")).status).to.equal(200);
      for (const bad of ["limit=0", "limit=201", "limit=-1", "limit=2.5", "limit=ten", "limit=10&limit=20", "before=0", "before=-3", "before=abc"]) {
        const response = await client.get(`/api/audit?${bad}`);
        expectProblem(response, 422, "validation_failed");
        expect(response.body.issues[0].path, bad).to.match(/^query\.(limit|before)$/);
      }
    });

    describe("injection in the query", () => {
      it("does not parse action[$ne]=x into an operator: the unknown parameter is ignored", async () => {
        const { client, built } = await signedIn("secretariat");
        await createOrganisations(client, 1);
        const plain = await readAudit(client, `actorId=${built.user.id}`);
        for (const query of [
          `actorId=${built.user.id}&action[$ne]=organisation.created`,
          `actorId=${built.user.id}&${encodeURIComponent("action[$ne]")}=organisation.created`,
          `actorId=${built.user.id}&action.$ne=organisation.created`,
        ]) {
          const response = await readAudit(client, query);
          expect(response.status, query).to.equal(200);
          expect(response.body, query).to.deep.equal(plain.body);
        }
        expect(plain.body.entries.map((entry) => entry.action)).to.include("organisation.created");
      });

      it("refuses operators and arrays in values (422)", async () => {
        const { client } = await signedIn("secretariat");
        for (const query of [
          `actorId=${encodeURIComponent('{"$ne":null}')}`,
          `action=${encodeURIComponent('{"$gt":""}')}`,
          "action=auth.sign_in&action=auth.sign_out",
          `result=${encodeURIComponent("success' OR '1'='1")}`,
          "result=ok",
          `action=${"a".repeat(65)}`,
          "action=Auth.Sign_in",
        ]) {
          expectProblem(await readAudit(client, query), 422, "validation_failed");
        }
      });

      it("does not treat the action as a regular expression", async () => {
        const { client, built } = await signedIn("secretariat");
        const mine = `actorId=${built.user.id}`;
        expectProblem(await readAudit(client, `${mine}&action=${encodeURIComponent(".*")}`), 422, "validation_failed");
        expectProblem(await readAudit(client, `${mine}&action=${encodeURIComponent("auth.*")}`), 422, "validation_failed");
        // "." would match the "_" if it were a pattern; as a plain value it matches nothing.
        expect((await readAudit(client, `${mine}&action=auth.sign_in`)).body.entries).to.have.length(1);
        expect((await readAudit(client, `${mine}&action=auth.sign.in`)).body.entries).to.have.length(0);
        expect((await readAudit(client, `${mine}&action=auth`)).body.entries).to.have.length(0);
      });
    });

    it("verifies the hash chain: ok, and names the first edited entry", async () => {
      const { client } = await signedIn("secretariat");
      await createOrganisations(client, 2);
      const verified = await client.get("/api/audit/verify");
      expect(verified.status).to.equal(200);
      expect(verified.body.ok).to.equal(true);
      expect(verified.body.checked).to.equal(await AuditEntry.countDocuments());

      const victim = (await AuditEntry.findOne().sort({ seq: -1 }).skip(1).lean())!;
      try {
        await AuditEntry.updateOne({ _id: victim._id }, { $set: { actorLabel: "Someone Else" } });
        const broken = await client.get("/api/audit/verify");
        expect(broken.body.ok).to.equal(false);
        expect(broken.body.firstBroken.seq).to.equal(victim.seq);
        expect(broken.body.firstBroken.reason).to.match(/edited/);
      } finally {
        await AuditEntry.updateOne({ _id: victim._id }, { $set: { actorLabel: victim.actorLabel } });
      }
      expect((await client.get("/api/audit/verify")).body.ok).to.equal(true);
    });
  });
});
