import type { RunResult } from "./typingScenario";

type Value = string | number | undefined;

/** One output line: a kind, then key=value pairs (undefined values left out), readable by eye and by script. */
export function line(kind: string, fields: Record<string, Value>): string {
  const parts = Object.entries(fields)
    .filter(([, value]) => value !== undefined && !(typeof value === "number" && Number.isNaN(value)))
    .map(([key, value]) => `${key}=${typeof value === "number" ? format(key, value) : value}`);
  return [kind, ...parts].join(" ");
}

function format(key: string, value: number): string {
  if (key.endsWith("_x")) return value.toFixed(2);
  if (key.endsWith("_per_s")) return value.toFixed(0);
  if (key.endsWith("_ms") || key.endsWith("_s")) return value.toFixed(1);
  if (key === "round" || key === "samples" || key === "rounds") return String(value);
  return value.toFixed(0);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const range = (values: number[], digits: number) => `${Math.min(...values).toFixed(digits)}-${Math.max(...values).toFixed(digits)}`;

/** Per system and scenario over the rounds: the median, and the spread (min-max) of the figures that move most. */
export function summaryLines(results: RunResult[]): string[] {
  const lines: string[] = [];
  for (const [, runs] of groupBy(results, (r) => `${r.scenario} ${r.system}`)) {
    const first = runs[0]!;
    const of = (key: keyof RunResult) => runs.map((r) => r[key]).filter((v): v is number => typeof v === "number" && !Number.isNaN(v));
    const med = (key: keyof RunResult) => (of(key).length ? median(of(key)) : undefined);
    lines.push(
      line("summary", {
        system: first.system,
        scenario: first.scenario,
        rounds: runs.length,
        p50_ms: med("p50_ms"),
        p95_ms: med("p95_ms"),
        p95_range: range(of("p95_ms"), 1),
        p99_ms: med("p99_ms"),
        p99_range: range(of("p99_ms"), 1),
        ack_p95_ms: med("ack_p95_ms"),
        ack: first.ack,
        server_cpu_pct: med("server_cpu_pct"),
        server_cpu_range: range(of("server_cpu_pct"), 0),
        db_cpu_pct: med("db_cpu_pct"),
        server_rss_mb: med("server_rss_mb"),
        db_rss_mb: med("db_rss_mb"),
        rss_per_doc_kb: med("rss_per_doc_kb"),
        gen_max_worker_pct: med("gen_max_worker_pct"),
      }),
    );
  }
  return lines;
}

/**
 * Greychair against each anchor, per scenario: each round's ratio (the systems ran one after the
 * other in the same round, so they saw about the same machine), median and spread. `cpu_x` compares
 * Greychair's server + database CPU with the anchor's one process (its SQLite runs inside it).
 */
export function ratioLines(results: RunResult[]): string[] {
  const lines: string[] = [];
  const byScenario = groupBy(results, (r) => r.scenario);
  for (const [scenario, runs] of byScenario) {
    const ours = runs.filter((r) => r.system === "greychair");
    for (const anchor of ["hocuspocus", "hocuspocus-sqlite"]) {
      const pairs = ours
        .map((g) => [g, runs.find((r) => r.system === anchor && r.round === g.round)] as const)
        .filter((pair): pair is readonly [RunResult, RunResult] => pair[1] !== undefined);
      if (pairs.length === 0) continue;
      const ratios = (f: (r: RunResult) => number) => pairs.map(([g, a]) => f(g) / f(a));
      const p95 = ratios((r) => r.p95_ms);
      const cpu = ratios((r) => r.server_cpu_pct + (r.db_cpu_pct ?? 0));
      lines.push(
        line("ratio", {
          scenario,
          anchor,
          p50_x: median(ratios((r) => r.p50_ms)),
          p95_x: median(p95),
          p95_x_range: range(p95, 2),
          p99_x: median(ratios((r) => r.p99_ms)),
          server_cpu_x: median(ratios((r) => r.server_cpu_pct)),
          cpu_x: median(cpu),
          cpu_x_range: range(cpu, 2),
          rss_x: median(ratios((r) => r.server_rss_mb)),
        }),
      );
    }
  }
  return lines;
}

export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export { median, range };
