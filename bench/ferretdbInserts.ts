// `npm run bench:db-inserts`: how the embedded FerretDB takes the collaboration store's writes.
// The same rows (a small merged Yjs update each, as server/collaboration/documentStore.ts stores
// them) written two ways: one insert per document, all documents at once (what the server did
// before: each document's batch its own insert), and one insert carrying every document's row
// (group commit across documents, server/collaboration/groupCommit.ts). Each insert is one SQLite transaction, and SQLite has one
// writer at a time, so the first way queues the documents behind each other's commits.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import mongoose from "mongoose";
import { DocumentUpdate } from "../server/models/DocumentUpdate";
import { startBenchDatabase } from "./collab/benchDatabase";
import { line } from "./collab/report";
import { percentile } from "./stats";

/** The largest BENCH_DOCUMENTS figure, as in bench:collab's many-documents scenario. */
const DOCUMENTS = Math.max(0, ...(process.env.BENCH_DOCUMENTS ?? "").split(",").map(Number).filter(Number.isInteger)) || 200;
const ROUNDS = 20;
const UPDATE_BYTES = 40;

const dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-bench-inserts-"));
const db = await startBenchDatabase(dataDir, "greychair_bench_inserts");
await mongoose.connect(db.uri);
await DocumentUpdate.init();
try {
  const documentIds = Array.from({ length: DOCUMENTS }, () => new mongoose.Types.ObjectId());
  let seq = 0;
  const row = (documentId: mongoose.Types.ObjectId) => ({ _id: `${documentId.toHexString()}:${++seq}`, documentId, row: seq, seq, update: Buffer.alloc(UPDATE_BYTES, 7), userId: null, at: new Date() });

  await measure("per_document", async (latencies) => {
    await Promise.all(
      documentIds.map(async (id) => {
        const started = performance.now();
        await DocumentUpdate.insertMany([row(id)], { ordered: true, lean: true });
        latencies.push(performance.now() - started);
      }),
    );
  });
  await measure("grouped", async (latencies) => {
    const started = performance.now();
    await DocumentUpdate.insertMany(documentIds.map(row), { ordered: false, lean: true });
    latencies.push(performance.now() - started);
  });
} finally {
  await mongoose.disconnect();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

/** ROUNDS rounds of one row per document; latency is per insert command, as a caller waits for it. */
async function measure(how: string, round: (latencies: number[]) => Promise<void>): Promise<void> {
  const latencies: number[] = [];
  const cpuBefore = db.meter.cpuSeconds();
  const countsBefore = await db.commandCounts();
  const started = performance.now();
  for (let i = 0; i < ROUNDS; i++) await round(latencies);
  const seconds = (performance.now() - started) / 1000;
  const inserts = ((await db.commandCounts()).get("insert") ?? 0) - (countsBefore.get("insert") ?? 0);
  console.log(
    line("db_inserts", {
      how,
      documents: DOCUMENTS,
      rows_per_s: (DOCUMENTS * ROUNDS) / seconds,
      inserts_per_s: inserts / seconds,
      p50_ms: percentile(latencies, 50),
      p95_ms: percentile(latencies, 95),
      db_cpu_pct: ((db.meter.cpuSeconds() - cpuBefore) / seconds) * 100,
    }),
  );
}
