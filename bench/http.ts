// Loopback latency of the HTTP stack (readiness with a database ping, and the OpenAPI document).
// Starts the real server on the embedded database in a temporary directory. Prints one line per route.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../server/config";
import { startEmbeddedDatabase } from "../server/db/embeddedDatabase";
import { createLogger } from "../server/logger";
import { startServer } from "../server/server";
import { percentile } from "./stats";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);

const dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-bench-"));
const database = await startEmbeddedDatabase({ dataDir });
const config = loadConfig({ PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "silent", NODE_ENV: "production" });
const server = await startServer(config, createLogger("silent"), database.uri);
try {
  for (const route of ["/readyz", "/api/openapi.json"]) {
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      const response = await fetch(server.url + route);
      await response.arrayBuffer();
      times.push(performance.now() - started);
    }
    console.log(
      `http route=${route} requests=${REQUESTS} p50_ms=${percentile(times, 50).toFixed(2)} p95_ms=${percentile(times, 95).toFixed(2)} p99_ms=${percentile(times, 99).toFixed(2)}`,
    );
  }
} finally {
  await server.close();
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
