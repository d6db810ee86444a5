// `npm run bench:coldload`: how long the server takes to load a document into memory, in process,
// through the collaboration hub and all its extensions (as a first join does), on the embedded
// FerretDB: a document of 10,000 single-keystroke updates stored one row each through the server's
// write path (documentStore.append: numbered rows, a segment every SEGMENT_ROWS rows, the folded
// rows deleted) and never compacted (as after a crash of a server whose compaction did not run),
// and the same document compacted into a snapshot. Each load is of a fresh document. With
// BENCH_OTHER_ROWS (default 20000) other documents' updates are stored the same way, because on
// FerretDB every read costs a pass over the whole collection it reads: a load must not grow with them.
// Targets (issue 9): < 500 ms uncompacted, < 50 ms compacted.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import mongoose from "mongoose";
import { createCollaborationHub } from "../server/collaboration";
import { documentStore } from "../server/collaboration/documentStore";
import { documentPlainText } from "../server/documents/documentText";
import { createLogger } from "../server/logger";
import { DocumentUpdate } from "../server/models/DocumentUpdate";
import type { GreychairIo } from "../server/realtime/socketServer";
import { COLD_LOAD_UPDATES } from "./collab/benchConfig";
import { startBenchDatabase } from "./collab/benchDatabase";
import { coldDocument } from "./collab/coldDocument";
import { loadAverage } from "./collab/processMeter";
import { line, median } from "./collab/report";

const OTHER_ROWS = Number(process.env.BENCH_OTHER_ROWS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-bench-coldload-"));
const db = await startBenchDatabase(dataDir, "greychair_bench_coldload");
await mongoose.connect(db.uri);
await DocumentUpdate.init();
// A hub per load (what follows a load, e.g. compacting, is waited for before the next); its loads never touch the socket server.
const newHub = () => createCollaborationHub({} as GreychairIo, createLogger("warn"), { idleUnloadMs: 60_000 });
try {
  console.log(line("bench", { name: "coldload", load_avg: loadAverage(), updates: COLD_LOAD_UPDATES, other_rows: OTHER_ROWS, rounds: ROUNDS }));
  const cold = coldDocument(COLD_LOAD_UPDATES);
  const expected = cold.textLength;
  const store = async (documentId: string, updates: Uint8Array[]) => {
    for (let start = 0; start < updates.length; start += 1000) {
      await documentStore.append(documentId, updates.slice(start, start + 1000).map((update, i) => ({ seq: start + i + 1, update, userId: null })));
    }
  };
  // Other documents' rows, as a busy server leaves them between compactions.
  for (let stored = 0; stored < OTHER_ROWS; stored += COLD_LOAD_UPDATES) {
    await store(new mongoose.Types.ObjectId().toHexString(), cold.updates.slice(0, Math.min(COLD_LOAD_UPDATES, OTHER_ROWS - stored)));
  }
  const results: Record<string, number[]> = { updates: [], snapshot: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const form of ["updates", "snapshot"] as const) {
      const documentId = new mongoose.Types.ObjectId().toHexString();
      if (form === "updates") await store(documentId, cold.updates);
      else await documentStore.compact(documentId, cold.state, cold.updates.length, 0); // a fresh document: no rows
      const cpuBefore = db.meter.cpuSeconds();
      const hub = newHub();
      const started = performance.now();
      const doc = await hub.open(documentId);
      const ms = performance.now() - started;
      const text = documentPlainText(doc.ydoc).length;
      await hub.closeAll();
      if (text < expected) throw new Error(`loaded ${text} of ${expected} characters`);
      results[form]!.push(ms);
      console.log(line("coldload", { round, stored: form, ms, db_cpu_ms: (db.meter.cpuSeconds() - cpuBefore) * 1000 }));
    }
  }
  for (const [form, ms] of Object.entries(results)) {
    console.log(line("summary", { scenario: `coldload-${form}`, rounds: ms.length, load_ms: median(ms), min_ms: Math.min(...ms), max_ms: Math.max(...ms), target_ms: form === "updates" ? 500 : 50 }));
  }
} finally {
  await mongoose.disconnect();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
