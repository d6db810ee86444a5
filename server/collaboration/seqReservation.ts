/** Seqs reserved at a time: one extra write per this many updates of a document (and per session). */
export const RESERVE_AHEAD = 1000;

/**
 * One served document's bound on its stored update rows (DocumentSnapshot.reservedSeq): no row
 * is written above the bound, so a load that finds the bound at the snapshot reads nothing else.
 * Before a row above it is written, the bound is raised (RESERVE_AHEAD beyond, so that is rare);
 * when the document is compacted and idle it is lowered back to the snapshot. Raising and
 * lowering run one after the other, in order, so a lowering never lands after a later raise.
 */
export class SeqReservation {
  private chain: Promise<void> = Promise.resolve();
  private raising: Promise<void> | undefined;

  constructor(
    /** The stored bound (-1: unknown, reserve before the first write). */
    private reserved: number,
    /** The seq the stored snapshot covers. */
    public snapshotSeq: number,
  ) {}

  /** Resolves once rows up to `seq` may be written. */
  async cover(seq: number, reserve: (upTo: number) => Promise<void>): Promise<void> {
    while (seq > this.reserved) {
      this.raising ??= this.run(async () => {
        const upTo = seq + RESERVE_AHEAD;
        await reserve(upTo);
        this.reserved = Math.max(this.reserved, upTo);
      }).finally(() => (this.raising = undefined));
      await this.raising;
    }
  }

  /**
   * Lowers the bound to `seq` if it is above: only when the caller knows every update up to `seq`
   * is in the snapshot and nothing else is stored or being written. Takes effect in memory at
   * once, so an update that comes next raises it again (after this, in order).
   */
  release(seq: number, lower: (to: number) => Promise<void>): Promise<void> {
    if (this.reserved <= seq) return Promise.resolve();
    this.reserved = seq;
    return this.run(() => lower(seq));
  }

  private run(operation: () => Promise<void>): Promise<void> {
    const next = this.chain.then(operation);
    this.chain = next.catch(() => undefined);
    return next;
  }
}
