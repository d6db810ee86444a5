import { expect } from "chai";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { currentOwner, DataDirLocked, LOCK_FILE, lockDataDir } from "../../../server/db/dataDirLock";

describe("data directory lock", () => {
  let dataDir: string;
  const lockFile = () => path.join(dataDir, LOCK_FILE);
  beforeEach(() => (dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-lock-"))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it("is held by one owner at a time, and free again once released", () => {
    const lock = lockDataDir(dataDir);
    expect(JSON.parse(readFileSync(lockFile(), "utf8"))).to.include({ pid: process.pid });
    expect(() => lockDataDir(dataDir)).to.throw(DataDirLocked, new RegExp(`pid ${process.pid}.*${dataDir}`));
    lock.release();
    lock.release();
    expect(existsSync(lockFile())).to.equal(false);
    lockDataDir(dataDir).release();
  });

  it("takes over the lock of a process that has exited", () => {
    writeFileSync(lockFile(), JSON.stringify({ ...currentOwner(), pid: 2 ** 22 + 1 })); // above pid_max: never a live process
    const lock = lockDataDir(dataDir);
    expect(JSON.parse(readFileSync(lockFile(), "utf8")).pid).to.equal(process.pid);
    lock.release();
  });

  it("takes over a lock whose pid now belongs to another process (pid reuse): the start time differs", () => {
    writeFileSync(lockFile(), JSON.stringify({ ...currentOwner(), startTime: "1" }));
    lockDataDir(dataDir).release();
  });

  it("takes over a lock written before the machine restarted", () => {
    writeFileSync(lockFile(), JSON.stringify({ ...currentOwner(), bootId: "00000000-0000-0000-0000-000000000000" }));
    lockDataDir(dataDir).release();
  });

  it("treats an unreadable lock as held (it may be being replaced), and leaves it", () => {
    writeFileSync(lockFile(), "{");
    expect(() => lockDataDir(dataDir)).to.throw(DataDirLocked, /is locked by another Greychair; stop it first, or remove .*greychair\.lock if none runs/);
    expect(readFileSync(lockFile(), "utf8")).to.equal("{");
  });

  it("does not remove a lock that is no longer its own", () => {
    const lock = lockDataDir(dataDir);
    writeFileSync(lockFile(), JSON.stringify({ ...currentOwner(), since: "someone else" }));
    lock.release();
    expect(existsSync(lockFile())).to.equal(true);
  });
});
