import os from "node:os";
import { percentile } from "../stats";
import { commandRates } from "./benchDatabase";
import type { BenchConfig } from "./benchConfig";
import { CHARS_PER_SECOND } from "./benchConfig";
import type { LoadGenerator } from "./loadGenerator";
import type { DocumentPlan, LoadPlan } from "./loadPlan";
import { CpuWindow, MachineWindow } from "./processMeter";
import type { SystemUnderTest } from "./system";

export interface Shape {
  documents: number;
  /** Authors per document (full clients included). */
  editors: number;
  /** Full, measuring clients per document; the rest are cheap writers. */
  full: number;
}

export const scenarioLabel = (shape: Shape) => `${shape.documents}x${shape.editors}`;

/** What one run of one scenario on one system measured. */
export interface RunResult {
  system: string;
  scenario: string;
  round: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  ack_p95_ms: number;
  ack: string;
  server_cpu_pct: number;
  db_cpu_pct?: number;
  server_rss_mb: number;
  db_rss_mb?: number;
  rss_per_doc_kb?: number;
  gen_cpu_pct: number;
  gen_max_worker_pct: number;
  machine_busy_pct: number;
  /** CPU used meanwhile by everything outside the benchmark (other engineers' work), in % of one core. */
  other_cpu_pct: number;
  samples: number;
  /** Updates the server refused while measured, e.g. "busy:12,out_of_sync:40" (the clients resync). */
  refused?: string;
  /** Database commands a second, e.g. "insert:2990,update:3". */
  db_commands_per_s?: string;
  /** Seconds to create the documents, and to connect and join every client (all at once, 8 documents at a time per worker). */
  create_s: number;
  join_s: number;
  /**
   * Seconds after the clients left until the server and its database were quiet again (what closing
   * the documents cost: compaction, deletes), waited for so the next system's scenario does not run
   * beside it; `settle_cpu_s` is the CPU they used meanwhile.
   */
  settle_s: number;
  settle_cpu_s: number;
}

/**
 * Everyone types about 5 characters a second into fresh documents; after a warm-up, the measured
 * window records edit-to-remote latency at the full clients, acknowledgement times at the cheap
 * writers, and the CPU of every process involved (server, database, each load worker, the machine).
 */
export async function runTypingScenario(system: SystemUnderTest, generator: LoadGenerator, shape: Shape, config: BenchConfig, round: number): Promise<RunResult> {
  const label = scenarioLabel(shape);
  await system.beginScenario?.(label);
  const creating = performance.now();
  const rssBefore = system.server().rssMb();
  const ids = await documentsFor(system, shape.documents, label);
  const plans = plansFor(system, ids, shape, generator.size);
  const createMs = performance.now() - creating;

  const serverCpu = new CpuWindow(system.server());
  const database = system.database();
  const dbCpu = database ? new CpuWindow(database) : undefined;
  const workerCpu = generator.meters.slice(0, plans.length).map((meter) => new CpuWindow(meter));
  const machine = new MachineWindow();
  let countsBefore: Map<string, number> | undefined;
  let profiling: Promise<void> | undefined;
  let windowStart = 0n;
  const measured = { server: 0, db: undefined as number | undefined, workers: [] as number[], machine: 0, rss: 0, dbRss: undefined as number | undefined, rates: "" };

  const { latencies, acks, prepareMs, refusals } = await generator.run(plans, {
    warmupMs: config.warmupSeconds * 1000,
    measureMs: config.typingSeconds * 1000,
    async onMeasureStart() {
      countsBefore = await system.commandCounts?.();
      [serverCpu, dbCpu, ...workerCpu].forEach((window) => window?.start());
      machine.start();
      windowStart = process.hrtime.bigint();
      profiling = system.duringMeasure?.(label, config.typingSeconds);
    },
    async onMeasureEnd() {
      system.measured?.(windowStart, process.hrtime.bigint());
      measured.server = serverCpu.stop();
      measured.db = dbCpu?.stop();
      measured.workers = workerCpu.map((window) => window.stop());
      measured.machine = machine.stop();
      measured.rss = system.server().rssMb();
      measured.dbRss = database?.rssMb();
      const countsAfter = await system.commandCounts?.();
      if (countsBefore && countsAfter) measured.rates = formatRates(commandRates(countsBefore, countsAfter, config.typingSeconds));
    },
  });
  await profiling;
  const settled = await untilQuiet(system);
  await system.endScenario?.(label);

  return {
    system: system.name,
    scenario: label,
    round,
    p50_ms: percentile(latencies, 50),
    p95_ms: percentile(latencies, 95),
    p99_ms: percentile(latencies, 99),
    ack_p95_ms: percentile(acks, 95),
    ack: system.ack,
    server_cpu_pct: measured.server,
    db_cpu_pct: measured.db,
    server_rss_mb: measured.rss,
    db_rss_mb: measured.dbRss,
    rss_per_doc_kb: shape.documents >= 10 ? ((measured.rss - rssBefore) * 1024) / shape.documents : undefined,
    gen_cpu_pct: measured.workers.reduce((a, b) => a + b, 0),
    gen_max_worker_pct: Math.max(...measured.workers),
    machine_busy_pct: measured.machine,
    other_cpu_pct: Math.max(0, (measured.machine * os.cpus().length) - measured.server - (measured.db ?? 0) - measured.workers.reduce((a, b) => a + b, 0)),
    samples: latencies.length,
    refused: Object.entries(refusals).map(([code, n]) => `${code}:${n}`).join(",") || undefined,
    db_commands_per_s: measured.rates || undefined,
    create_s: createMs / 1000,
    join_s: prepareMs / 1000,
    settle_s: settled.seconds,
    settle_cpu_s: settled.cpuSeconds,
  };
}

/** Quiet: server and database together under this share of one core over one sample. */
const QUIET_CPU_PCT = 5;
const SETTLE_SAMPLE_MS = 500;
const SETTLE_LIMIT_MS = 180_000;

/** Waits until the system has been quiet for two samples in a row (at most SETTLE_LIMIT_MS). */
async function untilQuiet(system: SystemUnderTest): Promise<{ seconds: number; cpuSeconds: number }> {
  const meters = [system.server(), system.database()].filter((meter) => meter !== undefined);
  const cpu = () => meters.reduce((sum, meter) => sum + meter.cpuSeconds(), 0);
  const started = performance.now();
  const cpuAtStart = cpu();
  let quietSamples = 0;
  let quietSince = started;
  let before = cpuAtStart;
  while (quietSamples < 2 && performance.now() - started < SETTLE_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_SAMPLE_MS));
    const now = cpu();
    const pct = ((now - before) / (SETTLE_SAMPLE_MS / 1000)) * 100;
    before = now;
    if (pct < QUIET_CPU_PCT) {
      if (quietSamples++ === 0) quietSince = performance.now() - SETTLE_SAMPLE_MS;
    } else quietSamples = 0;
  }
  return { seconds: Math.max(0, quietSince - started) / 1000, cpuSeconds: cpu() - cpuAtStart };
}


/**
 * Each scenario's documents are created once and opened again in later rounds, as people reopen
 * their documents (Greychair then loads them from storage on join; creating 200 over HTTP takes a while).
 */
const documentsByScenario = new Map<string, string[]>();
async function documentsFor(system: SystemUnderTest, count: number, label: string): Promise<string[]> {
  const key = `${system.name} ${label}`;
  if (!documentsByScenario.has(key)) documentsByScenario.set(key, await system.createDocuments(count, label));
  return documentsByScenario.get(key)!;
}

/** One document stays in one worker (one clock for typing and arrival); many are dealt round-robin. */
function plansFor(system: SystemUnderTest, ids: string[], shape: Shape, workers: number): LoadPlan[] {
  let client = 0;
  const documents: DocumentPlan[] = ids.map((id) => ({
    id,
    clients: Array.from({ length: shape.editors }, (_, i) => ({ kind: i < shape.full ? ("full" as const) : ("cheap" as const), credential: system.credential(client++) })),
  }));
  const used = Math.min(workers, documents.length);
  return Array.from({ length: used }, (_, w) => ({
    protocol: system.protocol,
    url: system.url(),
    charsPerSecond: CHARS_PER_SECOND,
    documents: documents.filter((_, i) => i % used === w),
  }));
}

function formatRates(rates: Map<string, number>): string {
  return [...rates]
    .filter(([, rate]) => rate >= 0.5)
    .sort((a, b) => b[1] - a[1])
    .map(([command, rate]) => `${command}:${Math.round(rate)}`)
    .join(",");
}
