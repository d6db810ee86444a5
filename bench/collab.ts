// `npm run bench:collab`: Greychair side by side with Hocuspocus (in memory, and with its SQLite
// extension), under the same typing load, in one run on the same machine. Each server runs in its
// own process; the load comes from a few worker processes (bench/collab/loadWorker.ts) of cheap
// writers and full measuring clients. Scenarios: one document with 2/10/50/100 editors; 200
// documents with three authors each; cold load of a document of 10,000 keystrokes. Every scenario
// runs BENCH_ROUNDS times, the systems one after the other within a round. See the README.
import os from "node:os";
import { AUTHORS_PER_DOCUMENT, COLD_LOAD_UPDATES, readBenchConfig } from "./collab/benchConfig";
import { coldDocument } from "./collab/coldDocument";
import { GreychairSystem } from "./collab/greychairSystem";
import { HocuspocusSystem } from "./collab/hocuspocusSystem";
import { LoadGenerator } from "./collab/loadGenerator";
import { loadAverage } from "./collab/processMeter";
import { serverRunsFromSource } from "./collab/serverUnderTest";
import { groupBy, line, median, range, ratioLines, summaryLines } from "./collab/report";
import type { StoredForm, SystemName, SystemUnderTest } from "./collab/system";
import { runTypingScenario, type RunResult, type Shape } from "./collab/typingScenario";

/** A load worker this busy (of one core) is probably what limits the figures. */
const GENERATOR_BOUND_PCT = 80;
/** Other processes using more than this (% of one core) while we measure make the figures noisy. */
const BUSY_MACHINE_PCT = 25;

const config = readBenchConfig();
const startedAt = performance.now();
console.log(
  line("bench", {
    name: "collab",
    load_avg: loadAverage(),
    cores: os.cpus().length,
    node: process.version,
    systems: config.systems.join(","),
    editors: config.editorCounts.join(",") || "none",
    documents: config.documentCounts.join(",") || "none",
    seconds: config.typingSeconds,
    rounds: config.rounds,
    workers: config.workers,
    cpu_prof: config.cpuProfileDir,
    greychair_server: serverRunsFromSource(Boolean(config.cpuProfileDir)) ? "source" : "built",
  }),
);

const systems: SystemUnderTest[] = [];
const generator = LoadGenerator.start(config.workers);
const results: RunResult[] = [];
const coldLoads: Array<{ system: SystemName; round: number; form: StoredForm; ms: number }> = [];
try {
  for (const name of config.systems) systems.push(await startSystem(name));
  const shapes: Shape[] = [
    ...config.editorCounts.map((editors) => ({ documents: 1, editors, full: editors >= 10 ? 3 : 1 })),
    ...config.documentCounts.map((documents) => ({ documents, editors: AUTHORS_PER_DOCUMENT, full: 1 })),
  ];
  const cold = config.coldLoad ? coldDocument(COLD_LOAD_UPDATES) : undefined;
  for (let round = 1; round <= config.rounds; round++) {
    console.log(line("round", { round, load_avg: loadAverage() }));
    // Alternate the order so that no system always runs first (or right after the heaviest).
    const order = round % 2 === 1 ? systems : [...systems].reverse();
    for (const shape of shapes) {
      for (const system of order) {
        const result = await runTypingScenario(system, generator, shape, config, round);
        results.push(result);
        console.log(line("collab", { ...result }));
        if (result.gen_max_worker_pct > GENERATOR_BOUND_PCT) {
          console.log(line("warning", { generator_bound: "yes", system: system.name, scenario: result.scenario, round, gen_max_worker_pct: result.gen_max_worker_pct }));
        }
      }
    }
    if (cold) {
      for (const system of order) {
        for (const form of system.storedForms) {
          await system.beginScenario?.(`coldload-${form}`);
          const ms = await system.coldLoad(cold, form);
          await system.endScenario?.(`coldload-${form}`);
          coldLoads.push({ system: system.name, round, form, ms });
          console.log(line("coldload", { system: system.name, round, updates: COLD_LOAD_UPDATES, stored: form, ms }));
        }
      }
    }
  }
  console.log(line("load", { load_avg: loadAverage(), minutes: ((performance.now() - startedAt) / 60_000).toFixed(1) }));
  // Other work on the machine (another engineer's tests) takes CPU from the servers and the load.
  const others = results.map((r) => r.other_cpu_pct);
  if (others.length && median(others) > BUSY_MACHINE_PCT) console.log(line("warning", { busy_machine: "yes", other_cpu_median_pct: median(others), other_cpu_max_pct: Math.max(...others), figures: "noisy" }));
  summaryLines(results).forEach((text) => console.log(text));
  ratioLines(results).forEach((text) => console.log(text));
  coldLoadSummary().forEach((text) => console.log(text));
} finally {
  await generator.stop();
  for (const system of systems) await system.stop().catch((error: Error) => console.error(`stopping ${system.name}: ${error.message}`));
}

function startSystem(name: SystemName): Promise<SystemUnderTest> {
  if (name === "greychair") return GreychairSystem.start(config.cpuProfileDir);
  return HocuspocusSystem.start(name === "hocuspocus-sqlite");
}

/**
 * Hocuspocus+SQLite only ever stores a snapshot, so its one figure is the anchor for both of ours:
 * Greychair's snapshot (compacted) is the like-for-like load; its stored updates (not yet compacted)
 * are what our worst case costs against it.
 */
function coldLoadSummary(): string[] {
  const lines: string[] = [];
  for (const [, runs] of groupBy(coldLoads, (c) => `${c.system} ${c.form}`)) {
    const ms = runs.map((r) => r.ms);
    lines.push(line("summary", { system: runs[0]!.system, scenario: `coldload-${runs[0]!.form}`, rounds: runs.length, load_ms: median(ms), load_range: range(ms, 0) }));
  }
  for (const form of ["updates", "snapshot"] as const) {
    const ratios = coldLoads
      .filter((c) => c.system === "greychair" && c.form === form)
      .flatMap((g) => coldLoads.filter((a) => a.system === "hocuspocus-sqlite" && a.round === g.round).map((a) => g.ms / a.ms));
    if (ratios.length) lines.push(line("ratio", { scenario: `coldload-${form}`, anchor: "hocuspocus-sqlite", load_x: median(ratios), load_x_range: range(ratios, 2) }));
  }
  return lines;
}
