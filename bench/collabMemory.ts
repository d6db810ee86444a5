/**
 * What the server holds per served document, without the timing noise of bench:collab: the real
 * server in its own process (as in bench:collab), BENCH_DOCUMENTS (200) documents with three cheap
 * writers each, every writer typing BENCH_CHARS (20) characters; the server's RSS is read before
 * anyone connects, once everyone has joined and typed, and again after a pause. Memory is not
 * timing-sensitive, so this is meaningful on a busy machine. With BENCH_HEAP_SNAPSHOT_DIR the server
 * writes a heap snapshot there at the end (node --heapsnapshot-signal).
 */
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { CheapWriter } from "./collab/cheapWriter";
import { GreychairSystem } from "./collab/greychairSystem";
import { sleep } from "./collab/loadGenerator";

const documents = Number(process.env.BENCH_DOCUMENTS ?? 200);
const chars = Number(process.env.BENCH_CHARS ?? 20);
const snapshotDir = process.env.BENCH_HEAP_SNAPSHOT_DIR;
if (snapshotDir) {
  mkdirSync(snapshotDir, { recursive: true });
  process.env.BENCH_SERVER_NODE_ARGS = `${process.env.BENCH_SERVER_NODE_ARGS ?? ""} --heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${snapshotDir}`;
}

/** A writer, connected again after a refused handshake (the handshake limits refuse bursts, as in the rig). */
async function connected(url: string, cookie: string, documentId: string): Promise<CheapWriter> {
  for (let attempt = 0; ; attempt++) {
    const writer = new CheapWriter(url, cookie, documentId, () => {});
    try {
      await writer.whenReady();
      return writer;
    } catch (error) {
      writer.close();
      if (attempt >= 60) throw error;
      await sleep(1000);
    }
  }
}

async function main(): Promise<void> {
  const system = await GreychairSystem.start();
  try {
    const ids = await system.createDocuments(documents, "memory");
    await sleep(2000);
    const rssStart = system.server().rssMb();
    const writers: CheapWriter[] = [];
    let lane = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (lane < ids.length * 3) {
          const i = lane++;
          writers[i] = await connected(system.url(), system.credential(i), ids[Math.floor(i / 3)]!);
        }
      }),
    );
    for (let c = 0; c < chars; c++) {
      for (const writer of writers) writer.type("x");
      await sleep(200);
    }
    await sleep(3000);
    const rssJoined = system.server().rssMb();
    await sleep(5000);
    const rssSettled = system.server().rssMb();
    const perDoc = ((rssSettled - rssStart) * 1024) / documents;
    console.log(
      `memory documents=${documents} connections=${writers.length} chars_each=${chars} rss_start_mb=${rssStart.toFixed(0)} rss_joined_mb=${rssJoined.toFixed(0)} rss_settled_mb=${rssSettled.toFixed(0)} rss_per_doc_kb=${perDoc.toFixed(0)}`,
    );
    if (snapshotDir) {
      process.kill(system.server().pid, "SIGUSR2");
      // The snapshot is complete once its size stops changing.
      let last = -1;
      for (;;) {
        await sleep(3000);
        const files = readdirSync(snapshotDir).filter((f) => f.endsWith(".heapsnapshot"));
        const size = files.reduce((sum, f) => sum + statSync(`${snapshotDir}/${f}`).size, 0);
        if (size > 0 && size === last) break;
        last = size;
      }
      console.log(`memory heap_snapshot_dir=${snapshotDir}`);
    }
    writers.forEach((writer) => writer.close());
  } finally {
    await system.stop();
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
