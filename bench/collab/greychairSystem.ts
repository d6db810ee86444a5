import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import mongoose from "mongoose";
import { documentStore } from "../../server/collaboration/documentStore";
import { createBenchUsers, createDocument, signIn } from "./accounts";
import type { ColdDocument } from "./coldDocument";
import { startBenchDatabase, type BenchDatabase } from "./benchDatabase";
import { sleep } from "./loadGenerator";
import { MeasuringClient } from "./measuringClient";
import { mainThreadProfile, ServerUnderTest } from "./serverUnderTest";
import type { StoredForm, SystemUnderTest } from "./system";

/**
 * Signed-in accounts the connections share: 600 connections (200x3) are 6 per account, a few tabs
 * each. With 10, 60 connections typing as one account passed its own rate limit (three sockets'
 * worth) within a minute.
 */
const SESSIONS = 100;
const CREATE_CONCURRENCY = 8;

/**
 * Greychair as it runs: server/index.ts in its own process on the embedded FerretDB (its own
 * process too), real sign-in sessions, documents created over HTTP. With `cpuProfileDir`, every
 * scenario gets a fresh server process under `node --cpu-prof` and a Go profile of FerretDB.
 */
export class GreychairSystem implements SystemUnderTest {
  readonly name = "greychair" as const;
  readonly protocol = "greychair" as const;
  readonly ack = "durable" as const;
  /** Updates as stored before compaction folds them, and the compacted snapshot. */
  readonly storedForms: StoredForm[] = ["updates", "snapshot"];
  private sessions: Array<{ cookie: string; csrf: string }> = [];
  /** When profiling: where the running server writes its profiles, the name its main thread's gets, and the measured window. */
  private profile: { dir: string; name: string; window?: { startUs: number; endUs: number } } | undefined;

  private constructor(
    private dataDir: string,
    private db: BenchDatabase,
    private running: ServerUnderTest,
    private cpuProfileDir: string | undefined,
  ) {}

  static async start(cpuProfileDir?: string): Promise<GreychairSystem> {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-bench-collab-"));
    const db = await startBenchDatabase(dataDir, "greychair_bench");
    await mongoose.connect(db.uri);
    const emails = await createBenchUsers(SESSIONS);
    const server = await ServerUnderTest.start(db.uri, path.join(dataDir, "app"));
    const system = new GreychairSystem(dataDir, db, server, cpuProfileDir);
    // In rounds of 20: the sign-in throttle counts attempts in flight, at most 30 at once from one address.
    for (let i = 0; i < emails.length; i += 20) system.sessions.push(...(await Promise.all(emails.slice(i, i + 20).map((email) => signIn(server.url, email)))));
    return system;
  }

  url = () => this.running.url;
  server = () => this.running.meter;
  database = () => this.db.meter;
  credential = (i: number) => this.sessions[i % this.sessions.length]!.cookie;
  commandCounts = () => this.db.commandCounts();

  async createDocuments(count: number, label: string): Promise<string[]> {
    const ids: string[] = [];
    let next = 0;
    const lane = async () => {
      while (next < count) {
        const i = next++;
        ids[i] = await createDocument(this.running.url, this.sessions[i % this.sessions.length]!, `bench ${label} ${i}`);
      }
    };
    await Promise.all(Array.from({ length: CREATE_CONCURRENCY }, lane));
    return ids;
  }

  async beginScenario(label: string): Promise<void> {
    if (!this.cpuProfileDir) return;
    await this.running.stop();
    const name = `greychair-${label}-${Date.now()}`;
    this.profile = { dir: mkdtempSync(path.join(this.cpuProfileDir, `${name}-`)), name };
    this.running = await ServerUnderTest.start(this.db.uri, path.join(this.dataDir, "app"), ["--cpu-prof", `--cpu-prof-dir=${this.profile.dir}`]);
  }

  async duringMeasure(label: string, seconds: number): Promise<void> {
    if (!this.cpuProfileDir) return;
    await this.db.saveGoProfile(seconds, path.join(this.cpuProfileDir, `ferretdb-${label}-${Date.now()}.pprof`));
  }

  measured(startNs: bigint, endNs: bigint): void {
    if (this.profile) this.profile.window = { startUs: Number(startNs / 1000n), endUs: Number(endNs / 1000n) };
  }

  /**
   * Stopping writes the server's profiles; the main thread's is kept as <name>.cpuprofile, with the
   * measured window beside it for bench/cpuProfileSummary.ts. The next scenario starts a fresh process.
   */
  async endScenario(): Promise<void> {
    if (!this.profile) return;
    await this.running.stop();
    const { dir, name, window } = this.profile;
    const main = mainThreadProfile(dir);
    const target = path.join(this.cpuProfileDir!, `${name}.cpuprofile`);
    if (main) renameSync(main, target);
    if (main && window) writeFileSync(`${target}.window.json`, JSON.stringify(window));
    rmSync(dir, { recursive: true, force: true });
    this.profile = undefined;
  }

  /** The updates are stored as the server stores them, straight through the document store (in batches of 1,000). */
  async coldLoad({ updates, state, textLength }: ColdDocument, form: StoredForm): Promise<number> {
    const [documentId] = await this.createDocuments(1, `cold ${form}`);
    for (let start = 0; start < updates.length; start += 1000) {
      await documentStore.append(documentId!, updates.slice(start, start + 1000).map((update, i) => ({ seq: start + i + 1, update, userId: null })));
    }
    // Compacted as the server compacts: the state encoded from a Y.Doc (Y.mergeUpdates would keep 10,000 items).
    if (form === "snapshot") await documentStore.compact(documentId!, state, updates.length, (await documentStore.readDocument(documentId!)).log.lastRow);
    const startNs = process.hrtime.bigint();
    const started = performance.now();
    const client = new MeasuringClient(this.running.url, this.sessions[0]!.cookie, documentId!, new Map(), () => {});
    await client.join();
    while (client.textLength() < textLength) await sleep(1);
    const ms = performance.now() - started;
    this.measured(startNs, process.hrtime.bigint());
    client.close();
    return ms;
  }

  async stop(): Promise<void> {
    await this.running.stop();
    await mongoose.disconnect();
    await this.db.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
