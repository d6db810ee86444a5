import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import mongoose from "mongoose";
import { appendArchiveRecord } from "../../server/archive/archiveChain";
import { runningAnchor } from "../../server/audit/auditAnchor";
import { audit } from "../../server/audit/auditLog";
import { AuditEntry } from "../../server/models/AuditEntry";
import { killGroup, spawnServerProcess, waitUntilReady } from "../support/serverProcess";
import { TestClient } from "../support/testClient";
import { startTestServer, type TestServer } from "../support/testServer";

/** `npm run audit:verify` over both chains and the checkpoints, as an operator runs it. */
describe("npm run audit:verify", function () {
  this.timeout(60_000);
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  beforeEach(async () => {
    await AuditEntry.deleteMany({});
    await mongoose.connection.collection("archiverecords").deleteMany({});
  });
  after(() => server.stop());

  const run = (env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/audit-verify.ts"], {
      env: { ...process.env, MONGODB_URI: server.databaseUri, DATA_DIR: server.config.dataDir, AUDIT_KEY: "", AUDIT_ANCHOR_PATH: "", ...env },
      encoding: "utf8",
    });
  const archiveRecord = (n: number) =>
    appendArchiveRecord({
      year: 2026,
      kind: "decision",
      sourceKey: `decision:test-${n}`,
      amends: null,
      meetingId: "66f000000000000000000001",
      meetingTitle: "Spring meeting",
      meetingDate: new Date("2026-03-14T09:30:00Z"),
      itemTitle: "Shelter places",
      text: `Decision ${n}`,
      outcome: "adopted",
      method: "consensus",
      votes: "null",
      victimNoteKind: "considered",
      victimNote: "A victim in danger is placed within a day.",
      tags: [],
      recordedBy: "Chair",
      recordedById: null,
      archivedAt: new Date(),
      archivedBy: "Secretariat",
      archivedById: null,
      reason: "",
    });
  const writeBoth = async () => {
    for (let i = 1; i <= 3; i++) await audit({ action: "test.entry", details: { i } });
    for (let i = 1; i <= 3; i++) await archiveRecord(i);
    await runningAnchor()!.checkpoint();
  };

  it("reports both chains intact with exit code 0, finding the key and the checkpoints in DATA_DIR", async () => {
    await writeBoth();
    const result = run();
    expect(result.stdout).to.include("Audit log intact: 3 entries verified.");
    expect(result.stdout).to.include("Decision archive intact: 3 records verified.");
    expect(result.status, result.stderr).to.equal(0);
  });

  it("names the first broken entry of each chain with exit code 1: deleted newest entries, an edited year", async () => {
    await writeBoth();
    await AuditEntry.deleteOne({ seq: 3 });
    await mongoose.connection.collection("archiverecords").updateOne({ seq: 2 }, { $set: { year: 2025 } });
    const result = run();
    expect(result.stdout).to.match(/Audit log BROKEN at entry 3: is missing: the checkpoint .* counted 3, the chain ends at 2 \(truncated\)/);
    expect(result.stdout).to.match(/Decision archive BROKEN at record BNL-2026-002: its content does not match its keyed hash/);
    expect(result.status).to.equal(1);
  });

  it("fails with exit code 1 under a wrong key, and 2 without any key", async () => {
    await writeBoth();
    const wrong = run({ AUDIT_KEY: "not the key, but long enough to be accepted" });
    expect(wrong.stdout).to.match(/Audit log BROKEN at entry 1/);
    expect(wrong.stdout).to.match(/Checkpoints BROKEN: line 1 /);
    expect(wrong.status).to.equal(1);
    const empty = mkdtempSync(path.join(os.tmpdir(), "greychair-nokey-"));
    const none = run({ DATA_DIR: empty });
    expect(none.stderr).to.match(/no audit key/);
    expect(none.status).to.equal(2);
    rmSync(empty, { recursive: true, force: true });
  });

  it("works on the embedded database in DATA_DIR, with the server running and stopped", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-verify-embedded-"));
    const process_ = await spawnServerProcess(dataDir);
    try {
      await waitUntilReady(process_);
      const client = new TestClient(process_.url);
      await client.session();
      expect((await client.post("/api/auth/sign-in", { email: "nobody@example.test", password: "not the password" })).status).to.equal(401);
      const embedded = { MONGODB_URI: "", DATA_DIR: dataDir };
      expect(run(embedded).stdout).to.include("Audit log intact: 1 entries verified.");
      process.kill(-process_.child.pid!, "SIGTERM");
      await process_.exited;
      const stopped = run(embedded);
      expect(stopped.stdout, stopped.stderr).to.include("Audit log intact: 1 entries verified.");
      expect(stopped.status).to.equal(0);
    } finally {
      killGroup(process_);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
