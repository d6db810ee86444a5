import { KEYED } from "./auditKey";
import { GENESIS_HASH } from "./auditHash";

/** One entry of a hash chain (audit log or decision archive), as the walker sees it. */
export interface ChainLink {
  seq: number;
  v: number | null;
  prevHash: string;
  hash: string;
  /** The hash recomputed from the stored fields. */
  recomputed: string;
  /** A broken rule that the hash cannot show (e.g. an unhashed field that disagrees). */
  problem?: string;
}

/** What the signed checkpoints outside the database say about one chain. */
export interface ChainAnchor {
  /** Entries from this seq on must be keyed; a legacy entry there was rewritten without the key. */
  keyedFrom: number;
  /** count → head hash and when it was recorded, for every checkpoint. */
  heads: Map<number, { head: string; at: string }>;
  /** The largest count any checkpoint recorded, and when. */
  count: number;
  countAt: string;
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; reason: string };
}

/**
 * Walks a chain in seq order and names the first entry that does not hold: a gap or insertion,
 * a broken link, an edit, an entry not keyed where it must be, a head that differs from a
 * checkpoint, or (after the end) entries missing that a checkpoint counted.
 */
export async function walkChain(links: AsyncIterable<ChainLink>, anchor: ChainAnchor | null, noun: string): Promise<ChainCheck> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let keyedSeen = false;
  const keyedFrom = anchor?.keyedFrom ?? Number.POSITIVE_INFINITY;
  for await (const link of links) {
    const broken = (reason: string): ChainCheck => ({ ok: false, checked, firstBroken: { seq: link.seq, reason } });
    if (link.seq !== expectedSeq) return broken(`expected ${noun} ${expectedSeq} here (one is missing or inserted)`);
    if (link.prevHash !== prevHash) return broken(`does not link to the previous ${noun}'s hash`);
    const keyed = link.v === KEYED;
    if (!keyed && (keyedSeen || link.seq >= keyedFrom)) {
      return broken("is not signed with the audit key where it must be (rewritten with plain SHA-256?)");
    }
    if (link.recomputed !== link.hash) {
      return broken(keyed ? "its content does not match its keyed hash (edited, or checked with another key)" : "its content does not match its hash (edited)");
    }
    if (link.problem) return broken(link.problem);
    const checkpoint = anchor?.heads.get(link.seq);
    if (checkpoint && checkpoint.head !== link.hash) return broken(`differs from the checkpoint of ${checkpoint.at} (replaced)`);
    keyedSeen ||= keyed;
    prevHash = link.hash;
    expectedSeq++;
    checked++;
  }
  if (anchor && anchor.count > checked) {
    return {
      ok: false,
      checked,
      firstBroken: { seq: checked + 1, reason: `is missing: the checkpoint of ${anchor.countAt} counted ${anchor.count}, the chain ends at ${checked} (truncated)` },
    };
  }
  return { ok: true, checked };
}
