import { spawnSync } from "node:child_process";
import { expect } from "chai";
import { hashAuditEntry } from "../../../server/audit/auditHash";
import { audit, verifyAuditChain } from "../../../server/audit/auditLog";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("audit log", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  beforeEach(() => AuditEntry.deleteMany({}));
  after(() => server.stop());

  const writeThree = async () => {
    await audit({ action: "auth.sign_in", actor: { id: "a1", name: "Anne" }, ip: "127.0.0.1", details: { method: "totp" } });
    await audit({ action: "user.role_changed", actor: { id: "a1", name: "Anne" }, target: { type: "user", id: "u2", label: "b@x.test" }, details: { from: "member", to: "chair" } });
    await audit({ action: "auth.sign_in", ip: "10.0.0.9", result: "failure", details: { email: "nobody@x.test" } });
  };

  it("chains each entry to the previous one's SHA-256", async () => {
    await writeThree();
    const entries = await AuditEntry.find().sort({ seq: 1 }).lean();
    expect(entries.map((e) => e.seq)).to.deep.equal([1, 2, 3]);
    expect(entries[0]!.prevHash).to.equal("0".repeat(64));
    expect(entries[1]!.prevHash).to.equal(entries[0]!.hash);
    expect(entries[2]!.prevHash).to.equal(entries[1]!.hash);
    for (const entry of entries) expect(entry.hash).to.match(/^[0-9a-f]{64}$/);
    expect(await verifyAuditChain()).to.deep.equal({ ok: true, checked: 3 });
  });

  it("keeps the chain intact under concurrent appends", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => audit({ action: "test.concurrent", details: { i } })));
    expect((await verifyAuditChain()).ok).to.equal(true);
    expect(await AuditEntry.countDocuments()).to.equal(20);
  });

  it("names an edited entry", async () => {
    await writeThree();
    await AuditEntry.updateOne({ seq: 2 }, { $set: { details: JSON.stringify({ from: "member", to: "secretariat" }) } });
    const result = await verifyAuditChain();
    expect(result.ok).to.equal(false);
    expect(result.firstBroken).to.deep.include({ seq: 2 });
    expect(result.firstBroken!.reason).to.match(/edited/);
  });

  it("names an edit that recomputed the entry's own hash (the next link breaks)", async () => {
    await writeThree();
    const entry = (await AuditEntry.findOne({ seq: 2 }).lean())!;
    const forged = { ...entry, result: "failure" as const, actorId: entry.actorId ?? null, actorLabel: entry.actorLabel ?? null, targetType: entry.targetType ?? null, targetId: entry.targetId ?? null, targetLabel: entry.targetLabel ?? null, ip: entry.ip ?? "", details: entry.details ?? "{}" };
    await AuditEntry.updateOne({ seq: 2 }, { $set: { result: "failure", hash: hashAuditEntry(forged) } });
    const result = await verifyAuditChain();
    expect(result.firstBroken).to.deep.include({ seq: 3 });
  });

  it("names a deleted entry", async () => {
    await writeThree();
    await AuditEntry.deleteOne({ seq: 2 });
    const result = await verifyAuditChain();
    expect(result.firstBroken).to.deep.include({ seq: 3 });
    expect(result.firstBroken!.reason).to.match(/missing/);
  });

  describe("npm run audit:verify", () => {
    const run = () =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/audit-verify.ts"], {
        env: { ...process.env, MONGODB_URI: server.databaseUri },
        encoding: "utf8",
      });

    it("reports an intact chain with exit code 0", async () => {
      await writeThree();
      const result = run();
      expect(result.stdout).to.include("Audit log intact: 3 entries verified.");
      expect(result.status).to.equal(0);
    });

    it("names the first broken entry with exit code 1", async () => {
      await writeThree();
      await AuditEntry.updateOne({ seq: 2 }, { $set: { actorLabel: "Someone else" } });
      const result = run();
      expect(result.stdout).to.match(/BROKEN at entry 2/);
      expect(result.status).to.equal(1);
    });
  });
});
