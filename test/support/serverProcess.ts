import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { findFreePort } from "../../server/db/freePort";
import { TEST_SECRETS_KEY } from "./testSecrets";

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  dataDir: string;
  output(): string;
  /** Resolves with the exit code (or signal) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs `server/index.ts` under tsx as its own process group, or with `entry` a built server
 * (scripts/serverBundle.ts) run as `npm start` runs it: the file itself, whose first line starts node.
 */
export async function spawnServerProcess(dataDir: string, env: Record<string, string> = {}, entry?: string): Promise<ServerProcess> {
  const port = await findFreePort();
  const child = spawn(entry ?? process.execPath, entry ? [] : ["--import", "tsx", "server/index.ts"], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, MONGODB_URI: "", LOG_LEVEL: "warn", SECRETS_KEY: TEST_SECRETS_KEY, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, url: `http://127.0.0.1:${port}`, dataDir, output: () => output, exited };
}

export async function waitUntilReady(server: ServerProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`);
    try {
      if ((await fetch(server.url + "/readyz")).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not ready within ${timeoutMs} ms:\n${server.output()}`);
}

export function embeddedDatabasePid(dataDir: string): number | undefined {
  const file = path.join(dataDir, "ferretdb.pid");
  return existsSync(file) ? Number(readFileSync(file, "utf8")) : undefined;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Last resort so a failing test never leaves processes behind. */
export function killGroup(server: ServerProcess): void {
  try {
    process.kill(-server.child.pid!, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Pids of the live FerretDB processes whose command line names this data directory's state directory. */
export function databaseProcesses(dataDir: string): number[] {
  const flag = `--state-dir=${path.resolve(dataDir, "ferretdb")}`;
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").includes(flag)) pids.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}
