// `npm run bench:http`: signed-in reads under load, side by side with /readyz (a database ping, no
// session) in the same run. The server runs in its own process on the embedded database; autocannon
// (50 connections, 15 s per route) runs here. Prints req/s, p50/p99 and the ratio to /readyz, the
// load average, and the CPU of the server, of the database and of the load generator per route.
// BENCH_SECONDS, BENCH_CONNECTIONS shorten or widen a run; BENCH_ONLY=<route prefix> measures one
// route (beside /readyz); BENCH_CPU_PROF=<dir> profiles the server.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { useAuditKey } from "../server/audit/auditKey";
import { loadConfig } from "../server/config";
import { connectDatabase, disconnectDatabase } from "../server/db/connection";
import { startEmbeddedDatabase } from "../server/db/embeddedDatabase";
import { processCpuSeconds, ServerUnderTest } from "./collab/serverUnderTest";
import { seedWorkspace, signInSecretariat } from "./http/workspace";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const load = () => os.loadavg().map((n) => n.toFixed(2)).join(" ");

/**
 * Waits until the database has worked off what the last route left queued (requests autocannon gave
 * up on still run there), so each route starts from the same quiet state.
 */
async function settle(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (let quick = 0; quick < 5 && Date.now() < deadline; ) {
    const started = performance.now();
    const ok = await fetch(url + "/readyz").then((r) => r.ok, () => false);
    quick = ok && performance.now() - started < 50 ? quick + 1 : 0;
    if (quick === 0) await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-bench-http-"));
const database = await startEmbeddedDatabase({ dataDir });
let server: ServerUnderTest | undefined;
try {
  // Seeded from here with the key and secret the server will read from the same DATA_DIR.
  useAuditKey(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" }).auditKey);
  await connectDatabase(database.uri);
  const { meetingId } = await seedWorkspace();
  await disconnectDatabase();

  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : [];
  server = await ServerUnderTest.start(database.uri, dataDir, profile);
  const cookie = await signInSecretariat(server.url);
  console.log(`http machine cpus=${os.cpus().length} loadavg_before=${load()} connections=${CONNECTIONS} seconds=${SECONDS}`);

  const only = process.env.BENCH_ONLY; // e.g. "/api/account": that route between the two /readyz runs
  const routes = ["/readyz", "/api/account", "/api/meetings", "/api/documents", `/api/meetings/${meetingId}`, "/api/archive?q=shelter", "/readyz"].filter(
    (route) => !only || route === "/readyz" || route.startsWith(only),
  );
  const results: Array<{ route: string; rps: number; p50: number; p99: number }> = [];
  for (const route of routes) {
    const signedIn = route.startsWith("/api/");
    await settle(server.url);
    const databaseCpu = processCpuSeconds(database.pid);
    const serverCpu = server.cpuSeconds();
    const ownCpu = process.cpuUsage();
    const result = await autocannon({ url: server.url + route, connections: CONNECTIONS, duration: SECONDS, headers: signedIn ? { cookie } : {} });
    const own = process.cpuUsage(ownCpu);
    const serverPct = ((server.cpuSeconds() - serverCpu) / SECONDS) * 100;
    const databasePct = ((processCpuSeconds(database.pid) - databaseCpu) / SECONDS) * 100;
    const generatorPct = ((own.user + own.system) / 1e6 / SECONDS) * 100;
    results.push({ route, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
    const floor = results.find((r) => r.route === "/readyz")!.rps;
    console.log(
      `http route=${route} req_per_s=${result.requests.average.toFixed(0)} p50_ms=${result.latency.p50} p99_ms=${result.latency.p99} ` +
        `non_2xx=${result.non2xx} errors=${result.errors} ratio_to_readyz=${(result.requests.average / floor).toFixed(2)} ` +
        `server_cpu_pct=${serverPct.toFixed(0)} database_cpu_pct=${databasePct.toFixed(0)} generator_cpu_pct=${generatorPct.toFixed(0)} loadavg=${load()}`,
    );
  }
  const readyz = results.filter((r) => r.route === "/readyz");
  const floor = readyz.reduce((sum, r) => sum + r.rps, 0) / readyz.length;
  const missed = results.filter((r) => r.route !== "/readyz" && (r.rps < 1000 || r.p99 >= 100 || r.rps < 0.4 * floor)).map((r) => r.route);
  console.log(`http readyz_mean_req_per_s=${floor.toFixed(0)} targets="≥1000 req/s, p99<100 ms, ≥0.4× /readyz" missed=${missed.length ? missed.join(",") : "none"} loadavg_after=${load()}`);
} finally {
  await server?.stop();
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
