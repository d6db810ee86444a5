// `npm run bench`: runs every benchmark in turn; each prints its own figures.
import { spawnSync } from "node:child_process";

const BENCHMARKS = ["bench/bundle.ts", "bench/http.ts", "bench/personal-data.ts", "bench/collab.ts", "bench/collabMemory.ts", "bench/coldload.ts", "bench/ferretdbInserts.ts", "bench/yjsMerge.ts"];

for (const script of BENCHMARKS) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
