import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import mongoose from "mongoose";
import { ensureFerretdbBinary } from "./ferretdbBinary";
import { findFreePort } from "./freePort";

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

/** Starts FerretDB (SQLite handler) as a child process on a free loopback port and waits for a ping. */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const binary = ensureFerretdbBinary((line) => log("info", line));
  const dbDir = path.join(options.dataDir, "ferretdb");
  mkdirSync(dbDir, { recursive: true });
  const pidFile = path.join(options.dataDir, "ferretdb.pid");
  stopStaleProcess(pidFile, log);

  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort();
    try {
      return await launch({ binary, dbDir, pidFile, port, options, log });
    } catch (error) {
      if (attempt >= 3) throw error;
      log("info", `FerretDB did not start on port ${port} (${(error as Error).message}); retrying`);
    }
  }
}

interface LaunchArgs {
  binary: string;
  dbDir: string;
  pidFile: string;
  port: number;
  options: EmbeddedDatabaseOptions;
  log: NonNullable<EmbeddedDatabaseOptions["log"]>;
}

async function launch({ binary, dbDir, pidFile, port, options, log }: LaunchArgs): Promise<EmbeddedDatabase> {
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
  exited.then((how) => {
    rmSync(pidFile, { force: true });
    rmSync(uriFile(pidFile), { force: true });
    if (!stopping) {
      const detail = `FerretDB (pid ${child.pid}) stopped unexpectedly with ${how}; last output:\n${recent.join("\n")}`;
      log("error", detail);
      options.onUnexpectedExit?.(detail);
    }
  });

  const uri = `mongodb://127.0.0.1:${port}/${options.databaseName ?? "greychair"}`;
  const ready = await Promise.race([
    waitForPing(uri, options.readyTimeoutMs ?? 30_000).then(() => "ready" as const),
    exited.then((how) => `exited with ${how}: ${recent.slice(-5).join(" | ")}`),
  ]);
  if (ready !== "ready") {
    stopping = true;
    child.kill("SIGKILL");
    throw new Error(`FerretDB ${ready}`);
  }
  writeFileSync(pidFile, String(child.pid));
  writeFileSync(uriFile(pidFile), uri); // lets `npm run audit:verify` reach a running server's database
  log("info", `FerretDB listening on 127.0.0.1:${port}, data in ${dbDir}`);

  const stop = async () => {
    if (stopping) return void (await exited);
    stopping = true;
    await terminate(child, exited);
  };
  const kill = () => {
    stopping = true;
    child.kill("SIGKILL");
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

/** A FerretDB left behind by a process that was killed would hold our data files: stop it. */
function stopStaleProcess(pidFile: string, log: NonNullable<EmbeddedDatabaseOptions["log"]>): void {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8"));
  rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (!cmdline.includes("ferretdb")) return;
    process.kill(pid, "SIGKILL");
    log("info", `stopped a FerretDB (pid ${pid}) left over from an earlier run`);
  } catch {
    // not running any more
  }
}
