// `npm run bench:db-queries`: what one read costs the embedded FerretDB (SQLite handler), per query
// shape, document size and collection size. For each shape it prints FerretDB's own CPU per query
// (from /proc), the wall time per query, and what FerretDB's `explain` says it pushed down to SQLite.
// It answers: does a filter, a sort, a limit or a projection reach SQLite, or does FerretDB decode
// every document of the collection? Does a smaller document help? How does the cost grow with the
// collection? (The answers shape server/readModels/: see the README's FerretDB table.)
// BENCH_SIZES=50,200,800 (documents per collection) and BENCH_DOC_KB=0.3,5,50 change the grid.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import mongoose from "mongoose";
import { startBenchDatabase } from "./collab/benchDatabase";
import { loadAverage } from "./collab/processMeter";
import { line } from "./collab/report";

const numbers = (text: string | undefined, fallback: number[]) => (text ? text.split(",").map(Number).filter((n) => n > 0) : fallback);
const SIZES = numbers(process.env.BENCH_SIZES, [50, 200, 800]);
const DOC_KB = numbers(process.env.BENCH_DOC_KB, [0.3, 5, 50]);
/** Each shape runs until this much wall time has passed (at least 5 queries), so cheap shapes get many samples. */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 600);

type Db = mongoose.mongo.Db;
type Coll = mongoose.mongo.Collection;
interface Shape {
  name: string;
  /** The find this shape is, for `explain` (undefined: not a find). */
  find?: { filter: Record<string, unknown>; sort?: Record<string, 1 | -1>; limit?: number; projection?: Record<string, 1> };
  run(c: Coll, db: Db, probe: Probe): Promise<unknown>;
}
interface Probe {
  id: mongoose.Types.ObjectId;
  ids: mongoose.Types.ObjectId[];
}

const findShape = (name: string, find: NonNullable<Shape["find"]>): Shape => ({
  name,
  find,
  run: (c) => {
    let cursor = c.find(find.filter, { projection: find.projection });
    if (find.sort) cursor = cursor.sort(find.sort);
    if (find.limit) cursor = cursor.limit(find.limit);
    return cursor.toArray();
  },
});

const SHAPES: Shape[] = [
  { name: "ping", run: (_c, db) => db.command({ ping: 1 }) },
  { name: "by_id", find: { filter: {} }, run: (c, _db, p) => c.findOne({ _id: p.id }) },
  { name: "by_id_and_field", find: { filter: {} }, run: (c, _db, p) => c.findOne({ _id: p.id, deletedAt: null }) },
  { name: "by_id_in_2", find: { filter: {} }, run: (c, _db, p) => c.find({ _id: { $in: p.ids } }).toArray() },
  findShape("all", { filter: {} }),
  findShape("all_projected", { filter: {}, projection: { title: 1, status: 1, startsAt: 1 } }),
  findShape("limit_1", { filter: {}, limit: 1 }),
  findShape("sort_limit_1", { filter: {}, sort: { startsAt: -1 }, limit: 1 }),
  findShape("equality_none_match", { filter: { status: "nothing-has-this" } }),
  findShape("equality_limit_1", { filter: { status: "scheduled" }, limit: 1 }),
  findShape("regex_none_match", { filter: { title: { $regex: "nothing-has-this", $options: "i" } } }),
  { name: "count_all", run: (c) => c.countDocuments({}) },
  { name: "estimated_count", run: (c) => c.estimatedDocumentCount() },
];

function documentOf(i: number, kb: number): Record<string, unknown> {
  return {
    title: `Working group meeting ${i}`,
    status: i % 2 ? "closed" : "scheduled",
    startsAt: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000),
    deletedAt: null,
    participantIds: Array.from({ length: 8 }, (_, k) => `participant-${k}`),
    body: "x".repeat(Math.max(0, Math.round(kb * 1024) - 300)),
  };
}

/** FerretDB's explain of a find: which parts reached SQLite. */
async function pushdown(db: Db, collection: string, shape: Shape, probe: Probe): Promise<string | undefined> {
  if (!shape.find) return undefined;
  const filter = shape.name === "by_id" ? { _id: probe.id } : shape.name === "by_id_and_field" ? { _id: probe.id, deletedAt: null } : shape.name === "by_id_in_2" ? { _id: { $in: probe.ids } } : shape.find.filter;
  const find: Record<string, unknown> = { find: collection, filter };
  if (shape.find.sort) find.sort = shape.find.sort;
  if (shape.find.limit) find.limit = shape.find.limit;
  if (shape.find.projection) find.projection = shape.find.projection;
  const explained = (await db.command({ explain: find })) as Record<string, unknown>;
  const flag = (key: string) => (explained[key] ? "y" : "n");
  return `filter:${flag("filterPushdown")},sort:${flag("sortPushdown")},limit:${flag("limitPushdown")}`;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-bench-queries-"));
const database = await startBenchDatabase(dataDir, "greychair_bench_queries");
const client = new mongoose.mongo.MongoClient(database.uri, { directConnection: true });
try {
  await client.connect();
  const db = client.db();
  console.log(line("db_queries machine", { cpus: os.cpus().length, loadavg_before: `"${loadAverage()}"`, budget_ms: BUDGET_MS }));
  for (const kb of DOC_KB) {
    for (const size of SIZES) {
      const name = `c_${String(kb).replace(".", "_")}_${size}`;
      const collection = db.collection(name);
      for (let i = 0; i < size; i += 100) await collection.insertMany(Array.from({ length: Math.min(100, size - i) }, (_, k) => documentOf(i + k, kb)));
      const ids = (await collection.find({}, { projection: { _id: 1 } }).toArray()).map((d) => d._id as mongoose.Types.ObjectId);
      const probe: Probe = { id: ids[Math.floor(ids.length / 2)]!, ids: [ids[0]!, ids[ids.length - 1]!] };
      for (const shape of SHAPES) {
        await shape.run(collection, db, probe); // warm
        const cpuBefore = database.meter.cpuSeconds();
        const started = performance.now();
        let queries = 0;
        while (queries < 5 || performance.now() - started < BUDGET_MS) {
          await shape.run(collection, db, probe);
          queries++;
        }
        const wallUs = ((performance.now() - started) * 1000) / queries;
        const cpuUs = ((database.meter.cpuSeconds() - cpuBefore) * 1e6) / queries;
        console.log(
          line("db_query", {
            shape: shape.name,
            docs: size,
            doc_kb: String(kb),
            db_cpu_us: cpuUs,
            wall_us: wallUs,
            db_cpu_us_per_doc: cpuUs / size,
            queries,
            pushdown: await pushdown(db, name, shape, probe),
          }),
        );
      }
      await collection.drop();
    }
  }
  console.log(line("db_queries", { loadavg_after: `"${loadAverage()}"` }));
} finally {
  await client.close();
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
