import { createHash } from "node:crypto";
import { expect } from "chai";
import { totpCode } from "../../../server/auth/totp";
import firstStartLinkIssuer from "../../../server/commands/firstStartLinkIssuer";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { OneTimeLink } from "../../../server/models/OneTimeLink";
import { Organisation } from "../../../server/models/Organisation";
import { User } from "../../../server/models/User";
import { LIMITS } from "../../../shared/validations";
import { buildOrganisation, buildUser } from "../../support/factories";
import { TestClient, type TestResponse } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { expectProblem } from "../../support/problems";


const validInput = (overrides: Record<string, unknown> = {}) => ({
  name: "Anne Peeters",
  email: "Anne.Peeters@Benelux.example",
  password: "grijze stoel blijft leeg",
  language: "nl",
  organisation: { name: "Benelux General Secretariat", discipline: "secretariat", country: "BE" },
  ...overrides,
});

describe("setup routes (first-start link)", () => {
  let server: TestServer;

  /** A client with a session and CSRF token, as a browser that opened the page has. */
  const visitor = async () => {
    const client = new TestClient(server.url);
    await client.session();
    return client;
  };

  /** Issues the first-start link on the (empty) database and returns its token. */
  const issueToken = async () => {
    const path = await firstStartLinkIssuer();
    expect(path).to.match(/^\/setup\/[A-Za-z0-9_-]{43}$/);
    return path!.slice("/setup/".length);
  };

  /** Nothing was created: no account, no organisation. */
  const expectNothingCreated = async () => {
    expect(await User.countDocuments()).to.equal(0);
    expect(await Organisation.countDocuments()).to.equal(0);
  };

  before(async () => (server = await startTestServer()));
  after(() => server.stop());
  // Every test needs the empty database the first-start link is for.
  beforeEach(async () => {
    await User.deleteMany({});
    await Organisation.deleteMany({});
    await OneTimeLink.deleteMany({});
  });

  it("requires a valid link: a token that was never issued gets 404 and creates nothing", async () => {
    await issueToken();
    const client = await visitor();
    const unknown = "A".repeat(43);
    expectProblem(await client.get(`/api/setup/${unknown}`), 404, "not_found");
    expectProblem(await client.post(`/api/setup/${unknown}`, validInput()), 404, "not_found");
    await expectNothingCreated();
  });

  it("rejects the link once an account exists (nobody may set up a running workspace)", async () => {
    const token = await issueToken();
    const existing = await buildUser({ role: "member" });
    const client = await visitor();
    expectProblem(await client.get(`/api/setup/${token}`), 404, "not_found");
    expectProblem(await client.post(`/api/setup/${token}`, validInput()), 409, "already_set_up");
    expect(await User.countDocuments()).to.equal(1);
    expect((await User.findOne().lean())!.email).to.equal(existing.email);
    expect(await Organisation.countDocuments()).to.equal(0);
    expect(await firstStartLinkIssuer()).to.equal(null);
  });

  it("answers 200 for a valid link, without using it up", async () => {
    const token = await issueToken();
    const client = await visitor();
    for (let i = 0; i < 2; i++) {
      const response = await client.get(`/api/setup/${token}`);
      expect(response.status).to.equal(200);
      expect(response.body).to.deep.equal({ valid: true });
    }
    expect((await OneTimeLink.findOne({ purpose: "first_account" }).lean())!.usedAt).to.equal(null);
  });

  it("keeps only the token's SHA-256 hash, and a link is valid for 24 hours", async () => {
    const token = await issueToken();
    const links = await OneTimeLink.find().lean();
    expect(links).to.have.length(1);
    expect(JSON.stringify(links[0])).not.to.include(token);
    expect(links[0]!.tokenHash).to.equal(createHash("sha256").update(token).digest("hex"));
    const hours = (links[0]!.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).to.be.within(23.9, 24);
  });

  it("creates the first secretariat account and signs in at the enrolment stage", async () => {
    const token = await issueToken();
    const client = await visitor();
    const response = await client.post(`/api/setup/${token}`, validInput());
    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    expect(response.body.stage).to.equal("enrolment");
    expect(response.body.account).to.include({ name: "Anne Peeters", email: "anne.peeters@benelux.example", role: "secretariat", language: "nl", twoFactorEnabled: false });
    expect(response.body.account.organisation).to.include({ name: "Benelux General Secretariat", discipline: "secretariat", country: "BE" });
    // Until two-factor sign-in is set up, the interface offers nothing to manage.
    expect(response.body.abilities).to.deep.equal({ manageUsers: false, manageInvitations: false, manageSettings: false, readAuditLog: false, readQuarantine: false });

    const users = await User.find().lean();
    expect(users).to.have.length(1);
    expect(users[0]).to.include({ role: "secretariat", email: "anne.peeters@benelux.example", active: true });
    expect(users[0]!.passwordHash).to.match(/^\$argon2id\$/);
    expect(users[0]!.passwordHash).not.to.include("grijze");
    expect(String(users[0]!.organisationId)).to.equal(response.body.account.organisation.id);

    const audited = await AuditEntry.find({ action: "account.first_created" }).lean();
    expect(audited).to.have.length(1);
    expect(audited[0]).to.include({ actorId: String(users[0]!._id), targetId: String(users[0]!._id), result: "success" });

    // The enrolment stage allows the account and 2FA routes only.
    expect((await client.get("/api/account")).status).to.equal(200);
    expectProblem(await client.get("/api/users"), 403, "enrolment_required");
    const setup = await client.post("/api/account/two-factor/setup");
    expect(setup.status).to.equal(200);
    const confirm = await client.post("/api/account/two-factor/confirm", { code: totpCode(setup.body.secret, Date.now()) });
    expect(confirm.status, JSON.stringify(confirm.body)).to.equal(200);
    expect((await client.session()).stage).to.equal("signed_in");
    expect((await client.get("/api/users")).status).to.equal(200);
  });

  it("reuses an organisation that already has the same name and country", async () => {
    const organisation = await buildOrganisation({ name: "Benelux General Secretariat", discipline: "secretariat", country: "BE" });
    const token = await issueToken();
    const response = await (await visitor()).post(`/api/setup/${token}`, validInput());
    expect(response.status).to.equal(201);
    expect(response.body.account.organisation.id).to.equal(organisation.id);
    expect(await Organisation.countDocuments()).to.equal(1);
  });

  it("cannot be used twice", async () => {
    const token = await issueToken();
    expect((await (await visitor()).post(`/api/setup/${token}`, validInput())).status).to.equal(201);
    const second = await visitor();
    expectProblem(await second.post(`/api/setup/${token}`, validInput({ email: "someone.else@benelux.example" })), 404, "not_found");
    expectProblem(await second.get(`/api/setup/${token}`), 404, "not_found");
    expect(await User.countDocuments()).to.equal(1);
    expect(await User.exists({ email: "someone.else@benelux.example" })).to.equal(null);
  });

  it("lets only one of two simultaneous requests with the same link create an account", async () => {
    for (let round = 0; round < 10; round++) {
      await User.deleteMany({});
      await Organisation.deleteMany({});
      const token = await issueToken();
      const [a, b] = await Promise.all([visitor(), visitor()]);
      const responses = await Promise.all([
        a.post(`/api/setup/${token}`, validInput({ email: "first@benelux.example" })),
        b.post(`/api/setup/${token}`, validInput({ email: "second@benelux.example" })),
      ]);
      expect(responses.map((r) => r.status).sort(), `round ${round}`).to.deep.equal([201, 404]);
      expect(await User.countDocuments(), `round ${round}`).to.equal(1);
      expect((await OneTimeLink.findOne({ purpose: "first_account" }).lean())!.usedAt, `round ${round}`).to.be.instanceOf(Date);
    }
  });

  it("refuses an expired link with 404 and creates no account", async () => {
    const token = await issueToken();
    await OneTimeLink.updateOne({ purpose: "first_account" }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const client = await visitor();
    expectProblem(await client.get(`/api/setup/${token}`), 404, "not_found");
    expectProblem(await client.post(`/api/setup/${token}`, validInput()), 404, "not_found");
    await expectNothingCreated();
  });

  it("invalidates an earlier unused link when a new one is issued", async () => {
    const first = await issueToken();
    const second = await issueToken();
    const client = await visitor();
    expectProblem(await client.get(`/api/setup/${first}`), 404, "not_found");
    expect((await client.get(`/api/setup/${second}`)).status).to.equal(200);
  });

  it("refuses weak passwords with 422 weak_password, and the link still works afterwards", async () => {
    const token = await issueToken();
    const client = await visitor();
    const weak: Array<[string, string]> = [
      ["Password1234!", "common"],
      ["qwerty123456", "common"],
      ["peeters grijze stoel", "contains_personal_data"], // the name
      ["ANNE-loves-meetings", "contains_personal_data"], // the name, in capitals
      ["benelux-anne.peeters", "contains_personal_data"], // the e-mail's local part
    ];
    for (const [password, problem] of weak) {
      const response = await client.post(`/api/setup/${token}`, validInput({ password }));
      expectProblem(response, 422, "weak_password");
      expect(response.body.issues, password).to.deep.include({ path: "body.password", message: problem });
    }
    await expectNothingCreated();
    expect((await client.get(`/api/setup/${token}`)).status).to.equal(200);
    expect((await client.post(`/api/setup/${token}`, validInput())).status).to.equal(201);
  });

  it("refuses a password that is too short or too long before the policy runs (422 validation_failed)", async () => {
    // The length limits are part of the shared schema, so these fail validation before the policy
    // runs; six emoji are 12 UTF-16 units but 6 characters, and count as 6.
    const token = await issueToken();
    const client = await visitor();
    for (const password of ["kort", "a".repeat(11), "😀😀😀😀😀😀", "lange zin ".repeat(26)]) {
      const response = await client.post(`/api/setup/${token}`, validInput({ password }));
      expectProblem(response, 422, "validation_failed");
      expect(response.body.issues.map((i: { path: string }) => i.path)).to.deep.equal(["body.password"]);
    }
    await expectNothingCreated();
    expect((await client.get(`/api/setup/${token}`)).status).to.equal(200);
  });

  describe("bad input", () => {
    const cases: Array<[string, Record<string, unknown> | unknown[], string]> = [
      ["a missing organisation", validInput({ organisation: undefined }), "body.organisation"],
      ["an organisation without a country", validInput({ organisation: { name: "Payoke", discipline: "shelter_ngo" } }), "body.organisation.country"],
      ["an unknown organisation discipline", validInput({ organisation: { name: "Payoke", discipline: "army", country: "BE" } }), "body.organisation.discipline"],
      ["an unknown country", validInput({ organisation: { name: "Payoke", discipline: "shelter_ngo", country: "DE" } }), "body.organisation.country"],
      ["an organisation given as a string", validInput({ organisation: "Payoke" }), "body.organisation"],
      ["an operator as organisation name", validInput({ organisation: { name: { $gt: "" }, discipline: "shelter_ngo", country: "BE" } }), "body.organisation.name"],
      ["an over-long organisation name", validInput({ organisation: { name: "o".repeat(201), discipline: "shelter_ngo", country: "BE" } }), "body.organisation.name"],
      ["a missing e-mail address", validInput({ email: undefined }), "body.email"],
      ["a malformed e-mail address", validInput({ email: "not-an-email" }), "body.email"],
      ["an e-mail address with a script", validInput({ email: 'a@b.c"; db.dropDatabase()' }), "body.email"],
      ["an operator as e-mail address", validInput({ email: { $gt: "" } }), "body.email"],
      ["an over-long e-mail address", validInput({ email: `${"a".repeat(250)}@b.example` }), "body.email"],
      ["a number as name", validInput({ name: 123 }), "body.name"],
      ["a blank name", validInput({ name: "   " }), "body.name"],
      ["an over-long name", validInput({ name: "n".repeat(121) }), "body.name"],
      ["an unknown language", validInput({ language: "de" }), "body.language"],
      ["an operator as password", validInput({ password: { $ne: null } }), "body.password"],
      ["a number as password", validInput({ password: 123456789012345 }), "body.password"],
      ["an array as body", [validInput()], "body"],
    ];
    for (const [what, body, path] of cases) {
      it(`refuses ${what} with 422 and creates nothing`, async () => {
        const token = await issueToken();
        const client = await visitor();
        const response = await client.post(`/api/setup/${token}`, body);
        expectProblem(response, 422, "validation_failed");
        expect(response.body.issues.map((i: { path: string }) => i.path)).to.include(path);
        await expectNothingCreated();
        expect((await client.get(`/api/setup/${token}`)).status).to.equal(200);
      });
    }

    it("refuses tokens of the wrong shape with 422 and creates nothing", async () => {
      const token = await issueToken();
      const client = await visitor();
      const shapes = [
        "abc",
        token.slice(0, 42),
        `${token}A`,
        `${token.slice(0, 42)}$`,
        `${token.slice(0, 42)}.`,
        '{"$gt":""}',
        "' OR '1'='1",
      ];
      for (const shape of shapes) {
        const path = `/api/setup/${encodeURIComponent(shape)}`;
        const read = await client.get(path);
        expectProblem(read, 422, "validation_failed");
        expect(read.body.issues[0].path).to.equal("params.token");
        expectProblem(await client.post(path, validInput()), 422, "validation_failed");
      }
      await expectNothingCreated();
      expect((await client.get(`/api/setup/${token}`)).status).to.equal(200);
    });

    it("refuses a body that is not JSON (400) or too large (413) and creates nothing", async () => {
      const token = await issueToken();
      const client = await visitor();
      const send = (body: string) =>
        fetch(`${server.url}/api/setup/${token}`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Origin: server.url, Cookie: client.cookieHeader(), "X-CSRF-Token": client.csrfToken },
          body,
        });
      const notJson = await send("{name: 'Anne'");
      expect(notJson.status).to.equal(400);
      expect((await notJson.json()).code).to.equal("bad_request");
      const tooLarge = await send(JSON.stringify(validInput({ name: "n".repeat(LIMITS.jsonBodyBytes) })));
      expect(tooLarge.status).to.equal(413);
      expect((await tooLarge.json()).code).to.equal("payload_too_large");
      await expectNothingCreated();
    });

    it("ignores fields it does not know: the first account is always a secretariat", async () => {
      const token = await issueToken();
      const response = await (await visitor()).post(`/api/setup/${token}`, { ...validInput(), role: "observer", active: false, passwordHash: "x" });
      expect(response.status).to.equal(201);
      const user = await User.findOne().lean();
      expect(user).to.include({ role: "secretariat", active: true });
      expect(user!.passwordHash).to.match(/^\$argon2id\$/);
    });
  });

  it("refuses a request without the CSRF token and creates nothing", async () => {
    const token = await issueToken();
    const client = await visitor();
    expectProblem(await client.request("POST", `/api/setup/${token}`, validInput(), { csrf: false }), 403, "csrf_invalid");
    expectProblem(await client.request("POST", `/api/setup/${token}`, validInput(), { origin: "https://evil.example" }), 403, "csrf_invalid");
    await expectNothingCreated();
  });
});
