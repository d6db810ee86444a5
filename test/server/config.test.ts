import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { ConfigError, loadConfig } from "../../server/config";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "greychair-config-"));

describe("config", () => {
  it("applies defaults", () => {
    const config = loadConfig({ DATA_DIR: tmp() });
    expect(config.port).to.equal(3000);
    expect(config.host).to.equal("127.0.0.1");
    expect(config.mongodbUri).to.equal(undefined);
    expect(config.trustProxy).to.equal(false);
    expect(config.nodeEnv).to.equal("development");
    expect(config.storeTimeoutMs).to.equal(10_000);
    expect(config.readModelTtlMs).to.equal(2_000);
  });

  it("reads READ_MODEL_TTL_MS in milliseconds; 0 turns the read models off, as MONGODB_URI does unless it is set", () => {
    expect(loadConfig({ DATA_DIR: tmp(), READ_MODEL_TTL_MS: "5000" }).readModelTtlMs).to.equal(5000);
    expect(loadConfig({ DATA_DIR: tmp(), READ_MODEL_TTL_MS: "0" }).readModelTtlMs).to.equal(0);
    const mongodb = "mongodb://db.example.org:27017/greychair";
    expect(loadConfig({ DATA_DIR: tmp(), MONGODB_URI: mongodb }).readModelTtlMs, "several processes may share a MongoDB").to.equal(0);
    expect(loadConfig({ DATA_DIR: tmp(), MONGODB_URI: mongodb, READ_MODEL_TTL_MS: "2000" }).readModelTtlMs).to.equal(2000);
  });

  it("reads STORE_TIMEOUT_MS in milliseconds", () => {
    expect(loadConfig({ DATA_DIR: tmp(), STORE_TIMEOUT_MS: "2500" }).storeTimeoutMs).to.equal(2500);
  });

  it("generates a session secret once, keeps it with mode 0600 and reuses it", () => {
    const dataDir = tmp();
    const first = loadConfig({ DATA_DIR: dataDir }).sessionSecret;
    const file = path.join(dataDir, "session-secret");
    expect(first).to.have.length.greaterThanOrEqual(32);
    expect(readFileSync(file, "utf8").trim()).to.equal(first);
    expect(statSync(file).mode & 0o777).to.equal(0o600);
    expect(loadConfig({ DATA_DIR: dataDir }).sessionSecret).to.equal(first);
  });

  it("generates the audit key once into DATA_DIR/audit-key with mode 0600, unless AUDIT_KEY is set", () => {
    const dataDir = tmp();
    const config = loadConfig({ DATA_DIR: dataDir });
    const file = path.join(dataDir, "audit-key");
    expect(config.auditKey).to.have.length.greaterThanOrEqual(32);
    expect(config.auditKey).to.not.equal(config.sessionSecret);
    expect(readFileSync(file, "utf8").trim()).to.equal(config.auditKey);
    expect(statSync(file).mode & 0o777).to.equal(0o600);
    expect(loadConfig({ DATA_DIR: dataDir }).auditKey).to.equal(config.auditKey);
    const set = "a configured audit key of more than 32 characters";
    expect(loadConfig({ DATA_DIR: tmp(), AUDIT_KEY: set }).auditKey).to.equal(set);
  });

  it("generates the secrets key once into DATA_DIR/secrets-key with mode 0600, unless SECRETS_KEY is set", () => {
    const dataDir = tmp();
    const config = loadConfig({ DATA_DIR: dataDir });
    const file = path.join(dataDir, "secrets-key");
    expect(config.secretsKey).to.have.length.greaterThanOrEqual(32);
    expect(config.secretsKey).to.not.equal(config.auditKey);
    expect(config.secretsKey).to.not.equal(config.sessionSecret);
    expect(readFileSync(file, "utf8").trim()).to.equal(config.secretsKey);
    expect(statSync(file).mode & 0o777).to.equal(0o600);
    expect(loadConfig({ DATA_DIR: dataDir }).secretsKey).to.equal(config.secretsKey);
    const set = "a configured secrets key of more than 32 characters";
    expect(loadConfig({ DATA_DIR: tmp(), SECRETS_KEY: set }).secretsKey).to.equal(set);
  });

  it("puts the audit checkpoints in DATA_DIR unless AUDIT_ANCHOR_PATH says otherwise, also with MONGODB_URI", () => {
    const dataDir = tmp();
    expect(loadConfig({ DATA_DIR: dataDir, MONGODB_URI: "mongodb://db/greychair" }).auditAnchorPath).to.equal(path.join(dataDir, "audit-checkpoints.jsonl"));
    expect(loadConfig({ DATA_DIR: dataDir, AUDIT_ANCHOR_PATH: "/var/lib/anchor/checkpoints.jsonl" }).auditAnchorPath).to.equal("/var/lib/anchor/checkpoints.jsonl");
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ DATA_DIR: tmp(), PORT: "", MONGODB_URI: "" }).port).to.equal(3000);
  });

  const bad: [string, Record<string, string>][] = [
    ["PORT", { PORT: "abc" }],
    ["PORT", { PORT: "70000" }],
    ["PORT", { PORT: "-1" }],
    ["MONGODB_URI", { MONGODB_URI: "postgres://x" }],
    ["PUBLIC_URL", { PUBLIC_URL: "not a url" }],
    ["PUBLIC_URL", { PUBLIC_URL: "javascript:alert(1)" }],
    ["NODE_ENV", { NODE_ENV: "staging" }],
    ["LOG_LEVEL", { LOG_LEVEL: "loud" }],
    ["TRUST_PROXY", { TRUST_PROXY: "everyone" }],
    ["SESSION_SECRET", { SESSION_SECRET: "short" }],
    ["AUDIT_KEY", { AUDIT_KEY: "short" }],
    ["SECRETS_KEY", { SECRETS_KEY: "short" }],
    ["SMTP_URL", { SMTP_URL: "http://mail.example.org" }],
    ["SMTP_URL", { SMTP_URL: "smtp://user:pass@host/path" }],
    ["MAIL_FROM", { SMTP_URL: "smtp://host:587", MAIL_FROM: "not an address" }],
    ["MAIL_FROM", { SMTP_URL: "smtp://host:587", MAIL_FROM: "Evil\r\nBcc: x@y.z <a@b.c>" }],
    ["MAIL_FROM", { SMTP_URL: "smtp://host:587" }],
    ["STORE_TIMEOUT_MS", { STORE_TIMEOUT_MS: "soon" }],
    ["STORE_TIMEOUT_MS", { STORE_TIMEOUT_MS: "0" }],
    ["STORE_TIMEOUT_MS", { STORE_TIMEOUT_MS: "1e9" }],
    ["READ_MODEL_TTL_MS", { READ_MODEL_TTL_MS: "soon" }],
    ["READ_MODEL_TTL_MS", { READ_MODEL_TTL_MS: "-1" }],
    ["READ_MODEL_TTL_MS", { READ_MODEL_TTL_MS: "1e9" }],
  ];
  for (const [name, env] of bad) {
    it(`rejects ${name}=${Object.values(env)[0]} with a message naming the variable`, () => {
      expect(() => loadConfig({ DATA_DIR: tmp(), ...env }))
        .to.throw(ConfigError)
        .with.property("message")
        .that.matches(new RegExp(`^${name} `));
    });
  }

  it("turns mail on with SMTP_URL and MAIL_FROM, and leaves it off without them", () => {
    expect(loadConfig({ DATA_DIR: tmp() }).mail).to.equal(null);
    expect(loadConfig({ DATA_DIR: tmp(), MAIL_FROM: "g@example.org" }).mail).to.equal(null);
    for (const url of ["smtp://user:p%40ss@mail.example.org:587", "smtps://mail.example.org:465", "smtp://127.0.0.1:2525?tls.rejectUnauthorized=false"]) {
      expect(loadConfig({ DATA_DIR: tmp(), SMTP_URL: url, MAIL_FROM: "Greychair <g@example.org>" }).mail).to.deep.equal({ smtpUrl: url, from: "Greychair <g@example.org>" });
    }
  });

  it("never repeats an SMTP address (it carries the password) in its message", () => {
    expect(() => loadConfig({ DATA_DIR: tmp(), SMTP_URL: "smtp://user:hunter2@host/ x" })).to.throw(ConfigError).with.property("message").that.does.not.include("hunter2");
  });

  it("never repeats a bad session secret or audit key in its message", () => {
    expect(() => loadConfig({ DATA_DIR: tmp(), SESSION_SECRET: "hunter2-secret" })).to.throw(ConfigError).with.property("message").that.does.not.include("hunter2");
    expect(() => loadConfig({ DATA_DIR: tmp(), AUDIT_KEY: "hunter3-key" })).to.throw(ConfigError).with.property("message").that.does.not.include("hunter3");
    expect(() => loadConfig({ DATA_DIR: tmp(), SECRETS_KEY: "hunter4-key" })).to.throw(ConfigError).with.property("message").that.does.not.include("hunter4");
  });

  it("makes the server print one clear line and exit with code 1", function () {
    this.timeout(20_000);
    const result = spawnSync(process.execPath, ["--import", "tsx", "server/index.ts"], {
      env: { ...process.env, PORT: "not-a-port", DATA_DIR: tmp(), MONGODB_URI: "" },
      encoding: "utf8",
    });
    expect(result.status).to.equal(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(/^Configuration error: PORT /);
  });
});
