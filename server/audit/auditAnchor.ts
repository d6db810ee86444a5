import type { Model } from "mongoose";
import { ArchiveRecord } from "../models/ArchiveRecord";
import { AuditEntry } from "../models/AuditEntry";
import { GENESIS_HASH } from "./auditHash";
import { KEYED } from "./auditKey";
import { appendCheckpoint, lastCheckpoint, type ChainHead, type Checkpoint } from "./checkpoints";

const CHECKPOINT_INTERVAL_MS = 60_000;

export interface AuditAnchor {
  /** The append-only checkpoint file. */
  readonly file: string;
  /** Entries and records from these seqs on must be keyed (known to this process). */
  readonly keyedFrom: { audit: number; archive: number };
  /** Writes a checkpoint if either chain changed since the last one. */
  checkpoint(): Promise<void>;
  /** Stops the timer and writes a last checkpoint (at shutdown). */
  stop(): Promise<void>;
}

let current: AuditAnchor | undefined;

/** The anchor of the running server; undefined in processes that do not write checkpoints. */
export const runningAnchor = (): AuditAnchor | undefined => current;

type ChainModel = Model<{ seq: number; hash: string; v?: number | null }>;

async function latest(model: ChainModel): Promise<{ count: number; head: string; v: number | null }> {
  const last = await model.findOne({}, { seq: 1, hash: 1, v: 1 }).sort({ seq: -1 }).lean();
  return { count: last?.seq ?? 0, head: last?.hash ?? GENESIS_HASH, v: last?.v ?? null };
}

/** Where keying began in a chain that no checkpoint has seen: its first keyed entry, else the next one. */
async function firstKeyedSeq(model: ChainModel): Promise<number> {
  const first = await model.findOne({ v: KEYED }, { seq: 1 }).sort({ seq: 1 }).lean();
  return first?.seq ?? (await latest(model)).count + 1;
}

/**
 * Starts writing signed checkpoints of both chains to `file` (outside the database): one now,
 * then every minute when a chain grew, and one at stop(). On the first start with the key, a
 * database that holds only plain SHA-256 entries gets an "audit.chain_keyed" entry: keyed, it
 * links to the last unkeyed entry, so those entries are covered from then on (see the README's
 * security section for the migration). `appendKeyedMarker` is the audit log's own append.
 */
export async function startAuditAnchor(options: {
  file: string;
  appendKeyedMarker: (details: Record<string, unknown>) => Promise<void>;
  onError?: (error: unknown) => void;
  intervalMs?: number;
}): Promise<AuditAnchor> {
  const known = await lastCheckpoint(options.file);
  let keyedFrom = known ? { audit: known.audit.keyedFrom, archive: known.archive.keyedFrom } : undefined;
  if (!keyedFrom) {
    const audit = await latest(AuditEntry as unknown as ChainModel);
    if (audit.count > 0 && audit.v !== KEYED) await options.appendKeyedMarker({ unkeyedEntries: audit.count, unkeyedHead: audit.head });
    keyedFrom = { audit: await firstKeyedSeq(AuditEntry as unknown as ChainModel), archive: await firstKeyedSeq(ArchiveRecord as unknown as ChainModel) };
  }
  const fixed = keyedFrom;
  let written = known ? `${known.audit.count}:${known.audit.head}:${known.archive.count}:${known.archive.head}` : "";
  let writing: Promise<void> = Promise.resolve();

  const write = async (force: boolean) => {
    const [audit, archive] = await Promise.all([latest(AuditEntry as unknown as ChainModel), latest(ArchiveRecord as unknown as ChainModel)]);
    const state = `${audit.count}:${audit.head}:${archive.count}:${archive.head}`;
    if (!force && state === written) return;
    const head = (h: { count: number; head: string }, from: number): ChainHead => ({ count: h.count, head: h.head, keyedFrom: from });
    const checkpoint: Checkpoint = { at: new Date().toISOString(), audit: head(audit, fixed.audit), archive: head(archive, fixed.archive) };
    await appendCheckpoint(options.file, checkpoint);
    written = state;
  };
  // One write at a time, so two checkpoints never interleave or go back in time.
  const queued = (force: boolean) => (writing = writing.then(() => write(force)).catch((error) => options.onError?.(error)));

  await write(!known);
  const timer = setInterval(() => void queued(false), options.intervalMs ?? CHECKPOINT_INTERVAL_MS);
  timer.unref();
  const anchor: AuditAnchor = {
    file: options.file,
    keyedFrom: fixed,
    checkpoint: () => queued(false),
    async stop() {
      clearInterval(timer);
      await queued(false);
      if (current === anchor) current = undefined;
    },
  };
  current = anchor;
  return anchor;
}
