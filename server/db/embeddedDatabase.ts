import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import mongoose from "mongoose";
import { lockDataDir, type DataDirLock } from "./dataDirLock";
import { ensureFerretdbBinary } from "./ferretdbBinary";
import { findFreePort } from "./freePort";
import { stopStaleDatabase } from "./staleDatabaseProcess";

export interface EmbeddedDatabase {
  uri: string;
  pid: number;
  /** Stops FerretDB: SIGTERM, then SIGKILL after a grace period. Safe to call twice. */
  stop(): Promise<void>;
  /** Immediate SIGKILL, for exit handlers that cannot wait. */
  kill(): void;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  databaseName?: string;
  log?: (level: "info" | "error", message: string) => void;
  /** Called when FerretDB exits without stop() being called: the app must not run half-alive. */
  onUnexpectedExit?: (detail: string) => void;
  readyTimeoutMs?: number;
}

const RECENT_OUTPUT_LINES = 30;

/**
 * Starts FerretDB (SQLite handler) as a child process on a free loopback port and waits for a ping.
 * Takes the data directory's lock first (a second server on it stops here with DataDirLocked), then
 * stops a FerretDB left over on this directory by a killed server.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const binary = ensureFerretdbBinary((line) => log("info", line));
  // Absolute, so the state directory in FerretDB's command line identifies it (see staleDatabaseProcess).
  const dataDir = path.resolve(options.dataDir);
  const dbDir = path.join(dataDir, "ferretdb");
  mkdirSync(dbDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  try {
    const pidFile = path.join(dataDir, "ferretdb.pid");
    await stopStaleDatabase(pidFile, dbDir, (message) => log("info", message));
    for (let attempt = 1; ; attempt++) {
      const port = await findFreePort();
      try {
        return await launch({ binary, dbDir, pidFile, port, lock, options, log });
      } catch (error) {
        if (attempt >= 3) throw error;
        log("info", `FerretDB did not start on port ${port} (${(error as Error).message}); retrying`);
      }
    }
  } catch (error) {
    lock.release();
    throw error;
  }
}

interface LaunchArgs {
  binary: string;
  dbDir: string;
  pidFile: string;
  port: number;
  lock: DataDirLock;
  options: EmbeddedDatabaseOptions;
  log: NonNullable<EmbeddedDatabaseOptions["log"]>;
}

async function launch({ binary, dbDir, pidFile, port, lock, options, log }: LaunchArgs): Promise<EmbeddedDatabase> {
  const child = spawn(
    binary,
    [
      "--handler=sqlite",
      `--sqlite-url=file:${dbDir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      `--state-dir=${dbDir}`,
      "--debug-addr=-",
      "--telemetry=disable",
      "--log-level=warn",
      "--log-format=json",
    ],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FERRETDB_TELEMETRY: "disable" } },
  );
  // At once, not after the first ping: a server killed while FerretDB starts must not leave an
  // unrecorded FerretDB on this directory (the next start stops the one recorded here).
  if (child.pid !== undefined) writeFileSync(pidFile, String(child.pid));
  const ours = (file: string, content: string) => {
    try {
      if (readFileSync(file, "utf8") === content) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
  const recent: string[] = [];
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      recent.push(line);
      if (recent.length > RECENT_OUTPUT_LINES) recent.shift();
    }
  };
  child.stdout!.on("data", remember);
  child.stderr!.on("data", remember);

  let stopping = false;
  const exited = new Promise<string>((resolve) => {
    child.on("exit", (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`));
    child.on("error", (error) => resolve(`spawn error: ${error.message}`));
  });
  // If this process exits (even during start-up, before anyone holds stop()), FerretDB goes with it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const uri = `mongodb://127.0.0.1:${port}/${options.databaseName ?? "greychair"}`;
  exited.then((how) => {
    process.removeListener("exit", killOnExit);
    // Only our own records: a retry on another port may already have written its own.
    ours(pidFile, String(child.pid));
    ours(uriFile(pidFile), uri);
    if (!stopping) {
      const detail = `FerretDB (pid ${child.pid}) stopped unexpectedly with ${how}; last output:\n${recent.join("\n")}`;
      log("error", detail);
      options.onUnexpectedExit?.(detail);
    }
  });

  const ready = await Promise.race([
    waitForPing(uri, options.readyTimeoutMs ?? 30_000).then(() => "ready" as const),
    exited.then((how) => `exited with ${how}: ${recent.slice(-5).join(" | ")}`),
  ]);
  if (ready !== "ready") {
    stopping = true;
    child.kill("SIGKILL");
    await exited;
    throw new Error(`FerretDB ${ready}`);
  }
  writeFileSync(uriFile(pidFile), uri); // lets `npm run audit:verify` reach a running server's database
  log("info", `FerretDB listening on 127.0.0.1:${port}, data in ${dbDir}`);

  const stop = async () => {
    if (!stopping) {
      stopping = true;
      await terminate(child, exited);
    } else await exited;
    lock.release();
  };
  const kill = () => {
    stopping = true;
    child.kill("SIGKILL");
    lock.release();
  };
  return { uri, pid: child.pid!, stop, kill };
}

const uriFile = (pidFile: string) => pidFile.replace(/\.pid$/, ".uri");

async function terminate(child: ChildProcess, exited: Promise<string>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

async function waitForPing(uri: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const client = new mongoose.mongo.MongoClient(uri, { serverSelectionTimeoutMS: 500, directConnection: true });
    try {
      await client.connect();
      await client.db("admin").command({ ping: 1 });
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.close().catch(() => {});
    }
  }
  throw new Error(`no answer to ping within ${timeoutMs} ms: ${(lastError as Error)?.message}`);
}
