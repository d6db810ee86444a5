/**
 * One server per data directory: two FerretDB processes on one set of SQLite files corrupt each
 * other's view of the data. The lock is a file, `DATA_DIR/greychair.lock`, holding who owns it.
 *
 * Why a pid file and not a kernel lock: Node has no flock/fcntl without a native add-on. The file
 * is published complete with link() (atomic, fails if it exists), so a reader never sees a half
 * written one. A lock whose owner is gone (crash, kill -9, reboot) is stale and taken over, so a
 * crash never blocks the next start. The owner is identified by pid *and* its start time (and the
 * boot), so a new process that happens to get the same pid is not mistaken for the owner.
 *
 * Scope: processes of one machine (one pid namespace). The host name is recorded for people, not
 * compared: a container recreated with a new name must not be locked out by its predecessor. Two
 * containers running at once on a shared volume cannot see each other's processes: don't.
 */
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const LOCK_FILE = "greychair.lock";

export interface LockOwner {
  pid: number;
  /** The process's start time in clock ticks since boot (/proc/<pid>/stat, field 22); null off Linux. */
  startTime: string | null;
  bootId: string | null;
  host: string;
  since: string;
}

export interface DataDirLock {
  readonly file: string;
  /** Removes the lock if it is still ours. Safe to call twice, and from an exit handler (sync). */
  release(): void;
}

export class DataDirLocked extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | null,
  ) {
    super(
      owner
        ? `another Greychair (pid ${owner.pid}, since ${owner.since}) is using the data directory ${dataDir}; stop it first or set another DATA_DIR`
        : `the data directory ${dataDir} is locked by another Greychair; stop it first, or remove ${path.join(dataDir, LOCK_FILE)} if none runs`,
    );
    this.name = "DataDirLocked";
  }
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat (after the parenthesised command name, which may hold spaces). */
export function processStartTime(pid: number): string | null {
  const stat = readOrNull(`/proc/${pid}/stat`);
  if (stat === null) return null;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields[0] is the state (field 3): a zombie has exited, whatever its pid still says.
  if (fields[0] === "Z" || fields[0] === "X") return null;
  return fields[19] ?? null;
}

const bootId = () => readOrNull("/proc/sys/kernel/random/boot_id")?.trim() ?? null;
const hasProc = () => readOrNull("/proc/self/stat") !== null;

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function currentOwner(): LockOwner {
  return { pid: process.pid, startTime: processStartTime(process.pid), bootId: bootId(), host: os.hostname(), since: new Date().toISOString() };
}

/** Whether the process that wrote this lock still runs (the same process, not a reuse of its pid). */
export function ownerIsAlive(owner: LockOwner): boolean {
  if (!Number.isInteger(owner.pid) || owner.pid <= 0) return false;
  if (!hasProc()) return pidExists(owner.pid);
  if (owner.bootId && owner.bootId !== bootId()) return false; // the machine restarted since
  const startTime = processStartTime(owner.pid);
  return startTime !== null && (owner.startTime === null || startTime === owner.startTime);
}

function parseOwner(text: string | null): LockOwner | null {
  if (text === null) return null;
  try {
    const owner = JSON.parse(text) as LockOwner;
    return typeof owner?.pid === "number" ? owner : null;
  } catch {
    return null;
  }
}

/** Takes the data directory's lock, or throws DataDirLocked naming the process that holds it. */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = path.resolve(dataDir);
  const file = path.join(dir, LOCK_FILE);
  const mine = JSON.stringify(currentOwner());
  const draft = `${file}.${process.pid}.tmp`;
  writeFileSync(draft, mine, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(draft, file);
        return ownedLock(file, mine);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const seen = readOrNull(file);
      if (seen === null) continue; // released meanwhile
      const owner = parseOwner(seen);
      // A lock that cannot be read is being replaced right now, or is damaged: treat it as held.
      if (owner === null || ownerIsAlive(owner)) throw new DataDirLocked(dir, owner);
      removeStale(file, seen, dir);
    }
    throw new DataDirLocked(dir, null);
  } finally {
    rmSync(draft, { force: true });
  }
}

/**
 * Moves a stale lock aside and checks it is the one judged stale: if another starter replaced it in
 * between, that one is live, so it is put back and we give way.
 */
function removeStale(file: string, seen: string, dir: string): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, aside);
  } catch {
    return; // someone else moved it first; try again
  }
  const moved = readOrNull(aside);
  if (moved !== seen) {
    try {
      linkSync(aside, file);
    } catch {
      // a third starter holds it now; either way it is not ours
    }
    rmSync(aside, { force: true });
    throw new DataDirLocked(dir, parseOwner(moved));
  }
  rmSync(aside, { force: true });
}

function ownedLock(file: string, mine: string): DataDirLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    if (readOrNull(file) === mine) rmSync(file, { force: true });
  };
  process.once("exit", release);
  return {
    file,
    release: () => {
      process.removeListener("exit", release);
      release();
    },
  };
}
