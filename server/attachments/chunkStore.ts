import { AttachmentChunk } from "../models/AttachmentChunk";

/** 255 KiB, as GridFS: well below the 16 MiB document limit, few round trips. */
export const CHUNK_SIZE = 255 * 1024;

const chunkId = (fileId: string, n: number) => `${fileId}:${n}`;

/** Stores the bytes; returns how many chunks. Chunks are written in small parallel batches. */
export async function writeChunks(fileId: string, data: Buffer): Promise<number> {
  const count = Math.max(1, Math.ceil(data.length / CHUNK_SIZE));
  for (let first = 0; first < count; first += 4) {
    const batch = [];
    for (let n = first; n < Math.min(count, first + 4); n++) {
      batch.push({ _id: chunkId(fileId, n), fileId, n, data: data.subarray(n * CHUNK_SIZE, (n + 1) * CHUNK_SIZE) });
    }
    await AttachmentChunk.insertMany(batch, { ordered: true });
  }
  return count;
}

/** Yields bytes `start` to `end` (exclusive) of a stored file, one chunk read (by `_id`) at a time. */
export async function* readChunks(fileId: string, chunkSize: number, start: number, end: number): AsyncGenerator<Buffer> {
  for (let n = Math.floor(start / chunkSize); n * chunkSize < end; n++) {
    const chunk = await AttachmentChunk.findById(chunkId(fileId, n)).lean();
    if (!chunk) throw new Error(`attachment chunk ${chunkId(fileId, n)} is missing`);
    const data = Buffer.from(chunk.data.buffer ?? chunk.data);
    const from = Math.max(0, start - n * chunkSize);
    const to = Math.min(data.length, end - n * chunkSize);
    yield data.subarray(from, to);
  }
}

export async function deleteChunks(fileId: string, chunkCount: number): Promise<void> {
  for (let n = 0; n < chunkCount; n++) await AttachmentChunk.deleteOne({ _id: chunkId(fileId, n) });
}
