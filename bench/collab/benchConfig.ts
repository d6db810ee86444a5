import { SYSTEM_NAMES, type SystemName } from "./system";

/** The benchmark's settings, from BENCH_* environment variables (see the README's Benchmarks section). */
export interface BenchConfig {
  systems: SystemName[];
  /** Editors on one document, one scenario each (empty: none). */
  editorCounts: number[];
  /** Documents with three authors each, one scenario each (empty: none). */
  documentCounts: number[];
  typingSeconds: number;
  warmupSeconds: number;
  rounds: number;
  workers: number;
  coldLoad: boolean;
  /** Where to write CPU profiles (server .cpuprofile, FerretDB .pprof), if profiling. */
  cpuProfileDir: string | undefined;
}

export const CHARS_PER_SECOND = 5;
export const AUTHORS_PER_DOCUMENT = 3;
export const COLD_LOAD_UPDATES = 10_000;

const list = (value: string | undefined, fallback: string) =>
  (value ?? fallback)
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "" && item !== "0");

export function readBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const systems = list(env.BENCH_SYSTEMS, SYSTEM_NAMES.join(","));
  for (const system of systems) {
    if (!(SYSTEM_NAMES as readonly string[]).includes(system)) throw new Error(`BENCH_SYSTEMS: unknown system "${system}" (${SYSTEM_NAMES.join(", ")})`);
  }
  const numbers = (name: string, fallback: string) =>
    list(env[name], fallback).map((item) => {
      const value = Number(item);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${name}: "${item}" is not a positive whole number`);
      return value;
    });
  const [typingSeconds] = numbers("BENCH_SECONDS", "10");
  const [rounds] = numbers("BENCH_ROUNDS", "2");
  const [workers] = numbers("BENCH_WORKERS", "2");
  return {
    systems: systems as SystemName[],
    editorCounts: numbers("BENCH_EDITORS", "2,10,50,100"),
    documentCounts: numbers("BENCH_DOCUMENTS", "200"),
    typingSeconds: typingSeconds ?? 10,
    warmupSeconds: 2,
    rounds: rounds ?? 2,
    workers: workers ?? 2,
    coldLoad: (env.BENCH_COLDLOAD ?? "yes") !== "no",
    cpuProfileDir: env.BENCH_CPU_PROF || undefined,
  };
}
