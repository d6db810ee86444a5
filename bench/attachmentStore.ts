/**
 * GridFS (the driver's GridFSBucket) next to the own chunk store on the embedded FerretDB: does
 * GridFS work (large file, range read, concurrent uploads), and what does one small read cost as
 * more files are stored? Prints figures; the README's FerretDB table quotes them.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import mongoose from "mongoose";
import { startBenchDatabase } from "./collab/benchDatabase";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-bench-attachments-"));
const database = await startBenchDatabase(dataDir, "greychair_bench_attachments");
const client = new mongoose.mongo.MongoClient(database.uri, { directConnection: true });
const ms = (since: number) => Date.now() - since;
try {
  await client.connect();
  const db = client.db();
  const bucket = new mongoose.mongo.GridFSBucket(db, { bucketName: "probe", chunkSizeBytes: 255 * 1024 });
  const upload = (name: string, data: Buffer) =>
    new Promise<mongoose.mongo.ObjectId>((resolve, reject) => {
      const stream = bucket.openUploadStream(name);
      stream.on("error", reject).on("finish", () => resolve(stream.id));
      stream.end(data);
    });
  const download = (id: mongoose.mongo.ObjectId, options?: { start?: number; end?: number }) =>
    new Promise<Buffer>((resolve, reject) => {
      const parts: Buffer[] = [];
      bucket.openDownloadStream(id, options).on("data", (c: Buffer) => parts.push(c)).on("error", reject).on("end", () => resolve(Buffer.concat(parts)));
    });

  const big = randomBytes(25 * 1024 * 1024);
  let t = Date.now();
  const bigId = await upload("big.bin", big);
  const upMs = ms(t);
  t = Date.now();
  const same = (await download(bigId)).equals(big);
  console.log(`gridfs 25MB upload_ms=${upMs} download_ms=${ms(t)} identical=${same}`);
  const range = (await download(bigId, { start: 300_000, end: 2_000_000 })).equals(big.subarray(300_000, 2_000_000));
  const files = Array.from({ length: 8 }, () => randomBytes(1024 * 1024 + 17));
  const ids = await Promise.all(files.map((f, i) => upload(`c${i}.bin`, f)));
  const concurrent = (await Promise.all(ids.map((id) => download(id)))).every((b, i) => b.equals(files[i]!));
  console.log(`gridfs range_identical=${range} concurrent_8x1MB_identical=${concurrent}`);

  const small = await upload("small.bin", randomBytes(64 * 1024));
  for (let round = 0; round < 3; round++) {
    t = Date.now();
    await download(small);
    console.log(`gridfs 64KB download_ms=${ms(t)} stored_mb≈${33 + round * 50}`);
    for (let i = 0; i < 2; i++) await upload(`fill${round}_${i}.bin`, randomBytes(25 * 1024 * 1024));
  }
  const chunks = db.collection<{ _id: string; data: Buffer }>("own_chunks");
  await chunks.insertOne({ _id: "x:0", data: randomBytes(255 * 1024) });
  t = Date.now();
  await chunks.findOne({ _id: "x:0" });
  console.log(`own_chunk_by_id 255KB read_ms=${ms(t)}`);
  t = Date.now();
  await bucket.delete(small);
  console.log(`gridfs delete_ms=${ms(t)} loadavg="${os.loadavg().map((l) => l.toFixed(1)).join(" ")}"`);
} finally {
  await client.close();
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
