import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FromWorker, LoadPlan, ToWorker } from "./loadPlan";
import { ProcessMeter } from "./processMeter";

const workerScript = path.join(path.dirname(fileURLToPath(import.meta.url)), "loadWorker.ts");

export interface Phases {
  warmupMs: number;
  measureMs: number;
  /** Called as the measured window opens and closes (CPU windows, database counters). */
  onMeasureStart(): void | Promise<void>;
  onMeasureEnd(): void | Promise<void>;
}

export interface LoadResult {
  latencies: number[];
  acks: number[];
  /** Time to connect and join every client. */
  prepareMs: number;
  /** Updates the server refused during the measured window, by code. */
  refusals: Record<string, number>;
}

/** The load generator: a few worker processes (bench/collab/loadWorker.ts), driven in lockstep. */
export class LoadGenerator {
  readonly meters: ProcessMeter[];

  private constructor(private workers: ChildProcess[]) {
    this.meters = workers.map((worker) => new ProcessMeter(worker.pid!));
  }

  static start(count: number): LoadGenerator {
    const workers = Array.from({ length: count }, () =>
      fork(workerScript, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] }),
    );
    return new LoadGenerator(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Runs one scenario: `plans[i]` goes to worker i (workers without a plan sit it out). */
  async run(plans: LoadPlan[], phases: Phases): Promise<LoadResult> {
    const active = this.workers.slice(0, plans.length);
    const preparing = performance.now();
    await Promise.all(active.map((worker, i) => this.ask(worker, { type: "prepare", plan: plans[i]! }, "ready")));
    const prepareMs = performance.now() - preparing;
    active.forEach((worker) => this.tell(worker, { type: "type" }));
    await sleep(phases.warmupMs);
    await phases.onMeasureStart();
    active.forEach((worker) => this.tell(worker, { type: "measure", on: true }));
    await sleep(phases.measureMs);
    active.forEach((worker) => this.tell(worker, { type: "measure", on: false }));
    await phases.onMeasureEnd();
    const results = await Promise.all(active.map((worker) => this.ask(worker, { type: "finish" }, "result")));
    return {
      latencies: results.flatMap((r) => (r.type === "result" ? r.latencies : [])),
      acks: results.flatMap((r) => (r.type === "result" ? r.acks : [])),
      prepareMs,
      refusals: sumCounts(results.map((r) => (r.type === "result" ? r.refusals : {}))),
    };
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.workers.map((worker) => {
        if (worker.exitCode !== null || worker.signalCode !== null) return Promise.resolve();
        const exited = new Promise((resolve) => worker.once("exit", resolve));
        this.tell(worker, { type: "exit" });
        return exited;
      }),
    );
  }

  private tell(worker: ChildProcess, message: ToWorker): void {
    worker.send(message);
  }

  private ask(worker: ChildProcess, message: ToWorker, answer: FromWorker["type"]): Promise<FromWorker> {
    return new Promise((resolve, reject) => {
      const onMessage = (reply: FromWorker) => {
        if (reply.type !== answer && reply.type !== "error") return;
        worker.off("message", onMessage);
        worker.off("exit", onExit);
        if (reply.type === "error") reject(new Error(`load worker: ${reply.message}`));
        else resolve(reply);
      };
      const onExit = () => reject(new Error("a load worker exited"));
      worker.on("message", onMessage);
      worker.once("exit", onExit);
      this.tell(worker, message);
    });
  }
}

function sumCounts(counts: Array<Record<string, number>>): Record<string, number> {
  const total: Record<string, number> = {};
  for (const count of counts) for (const [key, n] of Object.entries(count)) total[key] = (total[key] ?? 0) + n;
  return total;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
