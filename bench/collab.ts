// `npm run bench:collab`: N editors typing like people on one document through real Socket.IO
// connections on loopback, against the server in its own process on the embedded database; then the
// cold load of a document with 10,000 stored updates, before and after compaction.
// Most editors are cheap writers (bench/collab/cheapWriter.ts); a few full clients measure.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import mongoose from "mongoose";
import * as Y from "yjs";
import { documentStore } from "../server/collaboration/documentStore";
import { startEmbeddedDatabase } from "../server/db/embeddedDatabase";
import { DOCUMENT_FIELD } from "../shared/editor/extensions";
import { createBenchUsers, createDocument, signIn } from "./collab/accounts";
import { CheapWriter } from "./collab/cheapWriter";
import { MeasuringClient } from "./collab/measuringClient";
import { ServerUnderTest } from "./collab/serverUnderTest";
import { percentile } from "./stats";

const EDITOR_COUNTS = (process.env.BENCH_EDITORS ?? "2,10,50,100").split(",").map(Number);
const TYPING_SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP_SECONDS = 2;
const CHARS_PER_SECOND = 5;
const SESSIONS = 10;

const dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-bench-collab-"));
const database = await startEmbeddedDatabase({ dataDir, databaseName: "greychair_bench" });
await mongoose.connect(database.uri);
const emails = await createBenchUsers(SESSIONS);
const server = await ServerUnderTest.start(database.uri, path.join(dataDir, "app"));

try {
  // In rounds of 20: the sign-in throttle counts attempts in flight, at most 30 at once from one address.
  const sessions: Awaited<ReturnType<typeof signIn>>[] = [];
  for (let i = 0; i < emails.length; i += 20) sessions.push(...(await Promise.all(emails.slice(i, i + 20).map((email) => signIn(server.url, email)))));
  for (const editors of EDITOR_COUNTS) await typingRun(editors, sessions);
  await coldLoadRun(sessions[0]!, false);
  await coldLoadRun(sessions[0]!, true);
} finally {
  await server.stop();
  await mongoose.disconnect();
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

async function typingRun(editors: number, sessions: Array<{ cookie: string; csrf: string }>): Promise<void> {
  const documentId = await createDocument(server.url, sessions[0]!, `bench ${editors}`);
  const typedAt = new Map<string, number>();
  const latencies: number[] = [];
  const durable: number[] = [];
  let measuring = false;
  const measurerCount = editors >= 10 ? 3 : 1;
  const measurers = Array.from({ length: measurerCount }, (_, i) => {
    const { cookie } = sessions[i % sessions.length]!;
    return new MeasuringClient(server.url, cookie, documentId, typedAt, (ms) => measuring && latencies.push(ms));
  });
  await Promise.all(measurers.map((m) => m.join()));
  measurers.forEach((m) => m.startTyping());
  const writers = Array.from({ length: editors - measurerCount }, (_, i) => {
    const { cookie } = sessions[(i + measurerCount) % sessions.length]!;
    return new CheapWriter(server.url, cookie, documentId, (ms) => measuring && durable.push(ms));
  });
  await Promise.all(writers.map((w) => w.whenReady()));

  // Every editor types about 5 characters a second, at its own jittered rhythm.
  const typists: Array<{ type(char: string): string }> = [...measurers, ...writers];
  const timers = typists.map((typist) => {
    const tick = () => {
      typedAt.set(typist.type(String.fromCharCode(97 + Math.floor(Math.random() * 26))), performance.now());
      handle.timer = setTimeout(tick, (1000 / CHARS_PER_SECOND) * (0.5 + Math.random()));
    };
    const handle = { timer: setTimeout(tick, Math.random() * 200) };
    return handle;
  });
  await sleep(WARMUP_SECONDS * 1000);
  measuring = true;
  const cpuBefore = server.cpuSeconds();
  const started = performance.now();
  await sleep(TYPING_SECONDS * 1000);
  const elapsed = (performance.now() - started) / 1000;
  const cpu = ((server.cpuSeconds() - cpuBefore) / elapsed) * 100;
  const rss = server.rssMb();
  measuring = false;
  timers.forEach((handle) => clearTimeout(handle.timer));
  await sleep(500);
  writers.forEach((w) => w.close());
  measurers.forEach((m) => m.close());

  const f = (values: number[], p: number) => percentile(values, p).toFixed(1);
  console.log(
    `collab editors=${editors} p50_ms=${f(latencies, 50)} p95_ms=${f(latencies, 95)} p99_ms=${f(latencies, 99)} durable_p95_ms=${f(durable, 95)} server_cpu_pct=${cpu.toFixed(0)} server_rss_mb=${rss.toFixed(0)} samples=${latencies.length}`,
  );
}

/** A document with 10,000 stored single-character updates, loaded cold (not in the server's memory). */
async function coldLoadRun(session: { cookie: string; csrf: string }, compacted: boolean): Promise<void> {
  const UPDATES = 10_000;
  const documentId = await createDocument(server.url, session, `cold ${compacted}`);
  const source = new Y.Doc();
  const text = new Y.XmlText();
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [text]);
  const updates: Uint8Array[] = [];
  source.on("update", (update: Uint8Array) => updates.push(update));
  source.getXmlFragment(DOCUMENT_FIELD).push([paragraph]);
  for (let i = 0; updates.length < UPDATES; i++) text.insert(i, String.fromCharCode(97 + (i % 26)));
  for (let start = 0; start < UPDATES; start += 1000) {
    await documentStore.append(documentId, updates.slice(start, start + 1000).map((update, i) => ({ seq: start + i + 1, update, userId: null })));
  }
  if (compacted) {
    const snapshot = await documentStore.load(documentId);
    await documentStore.compact(documentId, snapshot.state, snapshot.seq);
  }
  const expected = text.length;
  const client = new MeasuringClient(server.url, session.cookie, documentId, new Map(), () => {});
  const started = performance.now();
  await client.join();
  while (client.textLength() < expected) await sleep(1);
  const ms = performance.now() - started;
  client.close();
  console.log(`coldload updates=${UPDATES} compacted=${compacted ? "yes" : "no"} ms=${ms.toFixed(0)}`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
