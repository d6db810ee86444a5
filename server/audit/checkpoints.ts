import { createReadStream, existsSync } from "node:fs";
import { appendFile, mkdir, open } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { timingSafeEqual } from "node:crypto";
import { keyedDigest } from "./auditKey";
import type { ChainAnchor } from "./hashChain";

/** Where one chain stood: its entry count, the hash of its last entry, and where keying began. */
export interface ChainHead {
  count: number;
  head: string;
  keyedFrom: number;
}

/**
 * A signed statement, written outside the database, of how long both chains were and how they
 * ended. Deleting entries from the end of a chain leaves a valid chain; only a record like this
 * shows that it was longer. Signed with the audit key, so it cannot be forged from the database.
 */
export interface Checkpoint {
  at: string;
  audit: ChainHead;
  archive: ChainHead;
}

const canonical = (c: Checkpoint) =>
  JSON.stringify([c.at, c.audit.count, c.audit.head, c.audit.keyedFrom, c.archive.count, c.archive.head, c.archive.keyedFrom]);

/** One line of the append-only file: the checkpoint and its HMAC. */
export function checkpointLine(checkpoint: Checkpoint): string {
  return JSON.stringify({ ...checkpoint, sig: keyedDigest("checkpoint", canonical(checkpoint)) });
}

/** The checkpoint on one line, or null when it is malformed or its signature does not hold. */
export function parseCheckpoint(line: string): Checkpoint | null {
  try {
    const parsed = JSON.parse(line) as Checkpoint & { sig?: unknown };
    const head = (h: ChainHead | undefined) => h && Number.isInteger(h.count) && typeof h.head === "string" && Number.isInteger(h.keyedFrom);
    if (typeof parsed.at !== "string" || !head(parsed.audit) || !head(parsed.archive) || typeof parsed.sig !== "string") return null;
    const checkpoint: Checkpoint = { at: parsed.at, audit: parsed.audit, archive: parsed.archive };
    const expected = Buffer.from(keyedDigest("checkpoint", canonical(checkpoint)));
    const given = Buffer.from(parsed.sig);
    return expected.length === given.length && timingSafeEqual(expected, given) ? checkpoint : null;
  } catch {
    return null;
  }
}

/** Appends one line (O_APPEND: whole lines, also with several writers); creates the file with mode 0600. */
export async function appendCheckpoint(file: string, checkpoint: Checkpoint): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await appendFile(file, checkpointLine(checkpoint) + "\n", { mode: 0o600, flag: "a" });
}

/** The last valid checkpoint, reading only the end of the file (it grows by a line a minute). */
export async function lastCheckpoint(file: string): Promise<Checkpoint | null> {
  if (!existsSync(file)) return null;
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    for (let window = 64 * 1024; ; window *= 4) {
      const start = Math.max(0, size - window);
      const buffer = Buffer.alloc(size - start);
      await handle.read(buffer, 0, buffer.length, start);
      const lines = buffer.toString("utf8").split("\n");
      if (start > 0) lines.shift(); // probably cut in the middle
      for (const line of lines.reverse()) {
        const checkpoint = line.trim() ? parseCheckpoint(line) : null;
        if (checkpoint) return checkpoint;
      }
      if (start === 0) return null;
    }
  } finally {
    await handle.close();
  }
}

export interface CheckpointFile {
  exists: boolean;
  /** Line numbers (1-based) that are not a validly signed checkpoint: forged, damaged, or another key. */
  invalidLines: number[];
  audit: ChainAnchor | null;
  archive: ChainAnchor | null;
}

/** Reads every checkpoint into one anchor per chain, for verification. */
export async function readCheckpoints(file: string): Promise<CheckpointFile> {
  const result: CheckpointFile = { exists: existsSync(file), invalidLines: [], audit: null, archive: null };
  if (!result.exists) return result;
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (!line.trim()) continue;
    const checkpoint = parseCheckpoint(line);
    if (!checkpoint) {
      result.invalidLines.push(number);
      continue;
    }
    result.audit = addTo(result.audit, checkpoint.audit, checkpoint.at);
    result.archive = addTo(result.archive, checkpoint.archive, checkpoint.at);
  }
  return result;
}

function addTo(anchor: ChainAnchor | null, head: ChainHead, at: string): ChainAnchor {
  const next = anchor ?? { keyedFrom: head.keyedFrom, heads: new Map(), count: 0, countAt: at };
  // Keying began at the earliest point any checkpoint names (several processes may disagree by a few).
  next.keyedFrom = Math.min(next.keyedFrom, head.keyedFrom);
  if (head.count > 0) next.heads.set(head.count, { head: head.head, at });
  if (head.count >= next.count) {
    next.count = head.count;
    next.countAt = at;
  }
  return next;
}
