import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import mongoose from "mongoose";
import { hashAuditEntry, GENESIS_HASH } from "../../../server/audit/auditHash";
import { useAuditKey } from "../../../server/audit/auditKey";
import { startAuditAnchor, type AuditAnchor } from "../../../server/audit/auditAnchor";
import { audit, hashedAuditFields } from "../../../server/audit/auditLog";
import { verifyTrail } from "../../../server/audit/trailVerification";
import { AuditEntry, type AuditEntryFields } from "../../../server/models/AuditEntry";
import { startTestServer, type TestServer } from "../../support/testServer";

/** The audit chain: keyed with HMAC-SHA-256, anchored by signed checkpoints outside the database. */
describe("audit log", () => {
  let server: TestServer;
  let anchor: AuditAnchor;
  let anchorFile: string;
  const entries = () => mongoose.connection.collection<AuditEntryFields>("auditentries");

  before(async () => (server = await startTestServer()));
  beforeEach(async () => {
    await AuditEntry.deleteMany({});
    useAuditKey(server.config.auditKey);
    anchorFile = path.join(mkdtempSync(path.join(os.tmpdir(), "greychair-anchor-")), "audit-checkpoints.jsonl");
    anchor = await startAuditAnchor({ file: anchorFile, appendKeyedMarker: (details) => audit({ action: "audit.chain_keyed", details }) });
  });
  afterEach(() => anchor.stop());
  after(() => server.stop());

  const writeThree = async () => {
    await audit({ action: "auth.sign_in", actor: { id: "a1", name: "Anne" }, ip: "127.0.0.1", details: { method: "totp" } });
    await audit({ action: "user.role_changed", actor: { id: "a1", name: "Anne" }, target: { type: "user", id: "u2", label: "b@x.test" }, details: { from: "member", to: "chair" } });
    await audit({ action: "auth.sign_in", ip: "10.0.0.9", result: "failure", details: { email: "nobody@x.test" } });
  };
  const verify = async () => (await verifyTrail(anchorFile)).audit;
  /** What an attacker with only the database can do: rewrite every entry from `from` on and recompute plain SHA-256. */
  const rewriteWithPlainSha = async (from: number, change: (e: AuditEntryFields) => Partial<AuditEntryFields> = () => ({})) => {
    let prevHash = from === 1 ? GENESIS_HASH : (await AuditEntry.findOne({ seq: from - 1 }).lean())!.hash;
    for (const entry of await AuditEntry.find({ seq: { $gte: from } }).sort({ seq: 1 }).lean<AuditEntryFields[]>()) {
      const forged = { ...hashedAuditFields(entry), ...change(entry), v: null, prevHash } as ReturnType<typeof hashedAuditFields>;
      const hash = hashAuditEntry(forged);
      const { v: _v, ...fields } = forged;
      await entries().updateOne({ seq: entry.seq }, { $set: { ...fields, hash }, $unset: { v: "" } });
      prevHash = hash;
    }
  };

  it("chains each entry to the previous one with HMAC-SHA-256 under the key (v: 2)", async () => {
    await writeThree();
    const list = await AuditEntry.find().sort({ seq: 1 }).lean();
    expect(list.map((e) => e.seq)).to.deep.equal([1, 2, 3]);
    expect(list.map((e) => e.v)).to.deep.equal([2, 2, 3].map(() => 2));
    expect(list[0]!.prevHash).to.equal(GENESIS_HASH);
    expect(list[1]!.prevHash).to.equal(list[0]!.hash);
    expect(list[2]!.prevHash).to.equal(list[1]!.hash);
    for (const entry of list) expect(entry.hash).to.match(/^[0-9a-f]{64}$/);
    expect(await verify()).to.deep.equal({ ok: true, checked: 3 });
  });

  it("keeps the chain intact under concurrent appends", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => audit({ action: "test.concurrent", details: { i } })));
    expect((await verify()).ok).to.equal(true);
    expect(await AuditEntry.countDocuments()).to.equal(20);
  });

  it("names an edited entry", async () => {
    await writeThree();
    await AuditEntry.updateOne({ seq: 2 }, { $set: { details: JSON.stringify({ from: "member", to: "secretariat" }) } });
    const result = await verify();
    expect(result.ok).to.equal(false);
    expect(result.firstBroken).to.deep.include({ seq: 2 });
    expect(result.firstBroken!.reason).to.match(/edited/);
  });

  it("fails a chain recomputed with plain SHA-256, wholly or from an edited entry on", async () => {
    await writeThree();
    await rewriteWithPlainSha(2, (e) => (e.seq === 2 ? { result: "failure" } : {}));
    expect((await verify()).firstBroken).to.deep.include({ seq: 2 });
    await rewriteWithPlainSha(1);
    const whole = await verify();
    expect(whole.firstBroken).to.deep.include({ seq: 1 });
    expect(whole.firstBroken!.reason).to.match(/not signed with the audit key/);
  });

  it("fails an entry whose own keyed hash was replaced by a plain SHA-256 one", async () => {
    await writeThree();
    const entry = (await AuditEntry.findOne({ seq: 3 }).lean<AuditEntryFields>())!;
    await AuditEntry.updateOne({ seq: 3 }, { $set: { result: "success", hash: hashAuditEntry({ ...hashedAuditFields(entry), result: "success", v: null }) } });
    expect((await verify()).firstBroken).to.deep.include({ seq: 3 });
  });

  it("names a deleted entry", async () => {
    await writeThree();
    await AuditEntry.deleteOne({ seq: 2 });
    const result = await verify();
    expect(result.firstBroken).to.deep.include({ seq: 3 });
    expect(result.firstBroken!.reason).to.match(/missing/);
  });

  it("detects deleted newest entries through the checkpoint", async () => {
    await writeThree();
    await audit({ action: "test.four" });
    await anchor.checkpoint();
    await AuditEntry.deleteMany({ seq: { $gte: 3 } });
    const result = await verify();
    expect(result.ok).to.equal(false);
    expect(result.firstBroken).to.deep.include({ seq: 3 });
    expect(result.firstBroken!.reason).to.match(/checkpoint .* counted 4, the chain ends at 2 \(truncated\)/);
  });

  it("detects newest entries replaced by others (the head no longer matches the checkpoint)", async () => {
    await writeThree();
    await anchor.checkpoint();
    await AuditEntry.deleteOne({ seq: 3 });
    await audit({ action: "test.innocent" });
    const result = await verify();
    expect(result.firstBroken).to.deep.include({ seq: 3 });
    expect(result.firstBroken!.reason).to.match(/differs from the checkpoint/);
  });

  it("fails with a wrong key: entries and checkpoints alike", async () => {
    await writeThree();
    await anchor.checkpoint();
    useAuditKey("another key of at least thirty-two characters");
    const result = await verifyTrail(anchorFile);
    expect(result.ok).to.equal(false);
    expect(result.audit.firstBroken).to.deep.include({ seq: 1 });
    expect(result.audit.firstBroken!.reason).to.match(/another key/);
    expect(result.anchorProblem).to.match(/line 1 .* not a validly signed checkpoint/);
  });

  it("refuses a forged checkpoint line, and a missing checkpoint file", async () => {
    await writeThree();
    await anchor.checkpoint();
    const line = JSON.parse(readFileSync(anchorFile, "utf8").trim().split("\n").at(-1)!);
    const { appendFile, rm } = await import("node:fs/promises");
    await appendFile(anchorFile, JSON.stringify({ ...line, audit: { ...line.audit, count: 1 } }) + "\n");
    expect((await verifyTrail(anchorFile)).anchorProblem).to.match(/not a validly signed checkpoint/);
    await rm(anchorFile);
    expect((await verifyTrail(anchorFile)).anchorProblem).to.match(/no signed checkpoint/);
  });

  it("writes signed checkpoints only when a chain grew, with mode 0600", async () => {
    const lines = () => readFileSync(anchorFile, "utf8").trim().split("\n").length;
    expect(lines(), "one at start").to.equal(1);
    await anchor.checkpoint();
    expect(lines(), "nothing new").to.equal(1);
    await writeThree();
    await anchor.checkpoint();
    expect(lines()).to.equal(2);
    const { statSync } = await import("node:fs");
    expect(statSync(anchorFile).mode & 0o777).to.equal(0o600);
    expect(JSON.parse(readFileSync(anchorFile, "utf8").trim().split("\n")[1]!).audit).to.include({ count: 3, keyedFrom: 1 });
  });

  describe("a database from before the key (plain SHA-256 entries)", () => {
    /** Writes n entries the way the previous version did: no v, plain SHA-256. */
    const legacyEntries = async (n: number) => {
      let prevHash = GENESIS_HASH;
      for (let seq = 1; seq <= n; seq++) {
        const fields = { v: null, seq, at: new Date(), actorId: null, actorLabel: null, action: "legacy.entry", targetType: null, targetId: null, targetLabel: null, ip: "", result: "success" as const, details: "{}", prevHash };
        const hash = hashAuditEntry(fields);
        const { v: _v, ...stored } = fields;
        await entries().insertOne({ ...stored, hash } as never);
        prevHash = hash;
      }
    };
    const restartAnchor = async () => {
      await anchor.stop();
      anchorFile = path.join(mkdtempSync(path.join(os.tmpdir(), "greychair-anchor-")), "audit-checkpoints.jsonl");
      anchor = await startAuditAnchor({ file: anchorFile, appendKeyedMarker: (details) => audit({ action: "audit.chain_keyed", details }) });
    };

    it("is keyed on the first start: a keyed entry covers the old ones, and verification passes", async () => {
      await legacyEntries(3);
      await restartAnchor();
      const marker = (await AuditEntry.findOne({ seq: 4 }).lean())!;
      expect(marker).to.include({ action: "audit.chain_keyed", v: 2 });
      expect(JSON.parse(marker.details)).to.deep.include({ unkeyedEntries: 3 });
      expect(anchor.keyedFrom.audit).to.equal(4);
      expect(await verify()).to.deep.equal({ ok: true, checked: 4 });
    });

    it("still names an old entry edited and recomputed with plain SHA-256 afterwards", async () => {
      await legacyEntries(3);
      await restartAnchor();
      const entry = (await AuditEntry.findOne({ seq: 2 }).lean<AuditEntryFields>())!;
      const forged = { ...hashedAuditFields(entry), action: "legacy.harmless" };
      await entries().updateOne({ seq: 2 }, { $set: { action: forged.action, hash: hashAuditEntry(forged) } });
      await rewriteWithPlainSha(3);
      const result = await verify();
      expect(result.ok).to.equal(false);
      expect(result.firstBroken!.seq).to.be.within(3, 4);
    });
  });
});
