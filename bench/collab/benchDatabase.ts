import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import mongoose from "mongoose";
import { ensureFerretdbBinary } from "../../server/db/ferretdbBinary";
import { findFreePort } from "../../server/db/freePort";
import { ProcessMeter } from "./processMeter";

export interface BenchDatabase {
  uri: string;
  meter: ProcessMeter;
  /** FerretDB's request counters by command (insert, find, update, …), cumulative. */
  commandCounts(): Promise<Map<string, number>>;
  /** A Go CPU profile of FerretDB over the next `seconds`, written to `file` (read it with `go tool pprof`). */
  saveGoProfile(seconds: number, file: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The same FerretDB binary and flags as server/db/embeddedDatabase.ts, plus its debug endpoint on a
 * loopback port: the benchmark reads FerretDB's own request counters (how many inserts a second
 * arrive) and can take a Go CPU profile, without a proxy in the measured path. The production
 * launcher keeps that endpoint off; its counters are kept either way, so this costs nothing extra.
 */
export async function startBenchDatabase(dataDir: string, databaseName: string): Promise<BenchDatabase> {
  const binary = ensureFerretdbBinary(() => {});
  const dbDir = path.join(dataDir, "ferretdb");
  mkdirSync(dbDir, { recursive: true });
  const port = await findFreePort();
  let debugPort = await findFreePort();
  while (debugPort === port) debugPort = await findFreePort();
  const child = spawn(
    binary,
    [
      "--handler=sqlite",
      `--sqlite-url=file:${dbDir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      `--state-dir=${dbDir}`,
      `--debug-addr=127.0.0.1:${debugPort}`,
      "--telemetry=disable",
      "--log-level=warn",
      "--log-format=json",
    ],
    // Its warnings (every failed command is logged at "warn") would drown the figures.
    { stdio: "ignore", env: { ...process.env, FERRETDB_TELEMETRY: "disable" } },
  );
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const uri = `mongodb://127.0.0.1:${port}/${databaseName}`;
  const debugUrl = `http://127.0.0.1:${debugPort}/debug`;
  await waitForPing(uri);

  return {
    uri,
    meter: new ProcessMeter(child.pid!),
    async commandCounts() {
      const text = await (await fetch(`${debugUrl}/metrics`)).text();
      const counts = new Map<string, number>();
      for (const match of text.matchAll(/^ferretdb_client_requests_total\{command="([^"]+)",opcode="OP_MSG"\} (\d+)/gm)) {
        counts.set(match[1]!, Number(match[2]));
      }
      return counts;
    },
    async saveGoProfile(seconds, file) {
      const response = await fetch(`${debugUrl}/pprof/profile?seconds=${Math.max(1, Math.floor(seconds))}`);
      writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitForPing(uri: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const client = new mongoose.mongo.MongoClient(uri, { serverSelectionTimeoutMS: 500, directConnection: true });
    try {
      await client.connect();
      await client.db("admin").command({ ping: 1 });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.close().catch(() => {});
    }
  }
  throw new Error("FerretDB did not answer a ping within 30 s");
}

/** Commands per second between two snapshots of commandCounts(). */
export function commandRates(before: Map<string, number>, after: Map<string, number>, seconds: number): Map<string, number> {
  const rates = new Map<string, number>();
  for (const [command, count] of after) {
    const delta = count - (before.get(command) ?? 0);
    if (delta > 0) rates.set(command, delta / seconds);
  }
  return rates;
}
