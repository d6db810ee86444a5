/**
 * A FerretDB left behind by a server that was killed still holds our data files. Its pid is in
 * `DATA_DIR/ferretdb.pid`; before trusting that pid we check that the process really is a FerretDB
 * on *this* directory (its command line carries our `--state-dir`), because after a crash or a
 * reboot the pid may belong to anything. Then we stop it and wait until it is gone.
 *
 * The pid file is written right after spawning, but a server killed in that instant leaves a
 * FerretDB no file names; so, where /proc exists, we also look for any process on this state
 * directory. Whoever calls this holds the data directory's lock: no live server owns such a process.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { processStartTime } from "./dataDirLock";

const TERM_GRACE_MS = 5_000;
const KILL_GRACE_MS = 2_000;

/** The process's arguments, or null when it does not exist (or is a zombie, whose cmdline is empty). */
function commandLine(pid: number): string[] | null {
  try {
    const raw = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return raw === "" ? null : raw.replace(/\0$/, "").split("\0");
  } catch {
    return null;
  }
}

/** True when the process's command line names exactly this state directory. */
export function isDatabaseOf(pid: number, stateDir: string): boolean {
  return commandLine(pid)?.includes(`--state-dir=${stateDir}`) ?? false;
}

const gone = (pid: number) => processStartTime(pid) === null;

async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (gone(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return gone(pid);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // exited meanwhile
  }
}

/** Every process whose command line names this state directory (none where there is no /proc). */
function databasesOf(stateDir: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  return entries.filter((entry) => /^\d+$/.test(entry)).map(Number).filter((pid) => pid !== process.pid && isDatabaseOf(pid, stateDir));
}

function recordedPid(pidFile: string): number | undefined {
  try {
    const pid = Number(readFileSync(pidFile, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid ? pid : undefined;
  } catch {
    return undefined; // no pid file
  }
}

/**
 * Stops every FerretDB on `stateDir`, the one named in the pid file and any other: SIGTERM, then
 * SIGKILL after a grace period, and returns once they have exited. Any other process is left alone.
 */
export async function stopStaleDatabase(pidFile: string, stateDir: string, log: (message: string) => void): Promise<void> {
  const recorded = recordedPid(pidFile);
  rmSync(pidFile, { force: true });
  const pids = new Set(databasesOf(stateDir));
  if (recorded !== undefined && isDatabaseOf(recorded, stateDir)) pids.add(recorded);
  await Promise.all([...pids].map((pid) => stopOne(pid, stateDir, log)));
}

async function stopOne(pid: number, stateDir: string, log: (message: string) => void): Promise<void> {
  signal(pid, "SIGTERM");
  if (await waitUntilGone(pid, TERM_GRACE_MS)) return void log(`stopped a FerretDB (pid ${pid}) left over from an earlier run`);
  signal(pid, "SIGKILL");
  if (await waitUntilGone(pid, KILL_GRACE_MS)) return void log(`killed a FerretDB (pid ${pid}) left over from an earlier run`);
  throw new Error(`a FerretDB left over from an earlier run (pid ${pid}) on ${stateDir} does not stop`);
}
