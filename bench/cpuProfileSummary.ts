// Summarises a V8 .cpuprofile (from `node --cpu-prof`, e.g. BENCH_CPU_PROF=dir npm run bench:collab)
// by self time and by total (inclusive) time, per function, per file and per package.
//
//   npx tsx bench/cpuProfileSummary.ts <file.cpuprofile> [--top=25] [--all]
//
// If `<file>.window.json` exists (the collab benchmark writes one: the measured window, in the same
// monotonic clock as the profile), only samples inside that window count, unless --all is given.
// Percentages are of the window's wall time, so 100 % is one core fully busy.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--"));
if (!file) {
  console.error("usage: npx tsx bench/cpuProfileSummary.ts <file.cpuprofile> [--top=25] [--all]");
  process.exit(2);
}
const top = Number(args.find((arg) => arg.startsWith("--top="))?.slice(6) ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
const windowFile = `${file}.window.json`;
const window =
  !args.includes("--all") && existsSync(windowFile) ? (JSON.parse(readFileSync(windowFile, "utf8")) as { startUs: number; endUs: number }) : undefined;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

// Self time per node: each sample's time delta belongs to the node it hit. Deltas are the time
// since the previous sample, so sample i is charged timeDeltas[i + 1] (the time it was "current").
const selfUs = new Map<number, number>();
let at = profile.startTime;
let windowUs = 0;
for (let i = 0; i < profile.samples.length; i++) {
  at += profile.timeDeltas[i] ?? 0;
  const duration = profile.timeDeltas[i + 1] ?? 0;
  if (window && (at < window.startUs || at >= window.endUs)) continue;
  windowUs += duration;
  const id = profile.samples[i]!;
  selfUs.set(id, (selfUs.get(id) ?? 0) + duration);
}
const wallUs = window ? window.endUs - window.startUs : profile.endTime - profile.startTime;

const root = process.cwd();
function fileOf(frame: CallFrame): string {
  if (!frame.url) return `(${frame.functionName || "native"})`;
  const local = frame.url.startsWith("file://") ? new URL(frame.url).pathname : frame.url;
  return local.startsWith(root) ? path.relative(root, local) : local;
}
function packageOf(frame: CallFrame): string {
  const where = fileOf(frame);
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where);
  if (match) return match[1]!;
  if (where.startsWith("node:")) return where.split("/")[0]!;
  if (where.startsWith("(")) return where;
  return where.split("/")[0]!; // server, shared, …
}
/** tsx may emit a file on one line: anonymous functions are then told apart by their column. */
const functionOf = (frame: CallFrame) =>
  `${frame.functionName || "(anonymous)"} ${fileOf(frame)}:${frame.lineNumber + 1}${frame.functionName ? "" : `:${frame.columnNumber + 1}`}`;

const VM_STATES = new Set(["(idle)", "(program)", "(garbage collector)"]);
/** Native functions (writev, a Buffer copy) and Node's own internals are charged to the library or project code that called them. */
function ownerFrame(id: number): CallFrame {
  for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
    const frame = byId.get(current)!.callFrame;
    if ((frame.url && !frame.url.startsWith("node:")) || VM_STATES.has(frame.functionName)) return frame;
  }
  return byId.get(id)!.callFrame;
}

/** Self and total time per key; total counts a key once per sample even if it recurses. */
function tally(keyOf: (frame: CallFrame) => string, frameOf = (id: number) => byId.get(id)!.callFrame): { self: Map<string, number>; total: Map<string, number> } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const key = keyOf(frameOf(id));
    self.set(key, (self.get(key) ?? 0) + us);
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
      const frame = byId.get(current)!.callFrame;
      if (frame.functionName === "(root)") continue;
      const k = keyOf(frame);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + us);
    }
  }
  return { self, total };
}

const pct = (us: number) => `${((us / wallUs) * 100).toFixed(1).padStart(5)} %`;
function print(title: string, values: Map<string, number>): void {
  console.log(`\n${title}`);
  for (const [key, us] of [...values].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`);
}

const idle = [...selfUs].filter(([id]) => byId.get(id)!.callFrame.functionName === "(idle)").reduce((sum, [, us]) => sum + us, 0);
console.log(`${path.basename(file)}: ${(wallUs / 1e6).toFixed(1)} s ${window ? "(measured window)" : "(whole profile)"}, busy ${pct(windowUs - idle).trim()} of one core, ${profile.samples.length} samples`);
const functions = tally(functionOf);
const files = tally(fileOf);
const packages = tally(packageOf, ownerFrame);
const isProjectFile = (key: string) => !key.startsWith("(") && !key.startsWith("node:") && !key.includes("node_modules/") && !key.startsWith("/");
print("Self time by function", functions.self);
print("Total time by function (inclusive)", functions.total);
print("Self time by file", files.self);
print("Total time by project file (inclusive)", new Map([...files.total].filter(([key]) => isProjectFile(key))));
print("Self time by package (native and node: internals charged to the package that called them)", packages.self);
print("Total time by package (inclusive)", packages.total);
