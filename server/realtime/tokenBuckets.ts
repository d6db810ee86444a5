/**
 * Token buckets by key, in memory and synchronous: a key may spend `capacity` tokens at once and
 * regains `perSecond` a second. Checked on every Socket.IO packet, so a check is a little
 * arithmetic on one small object: no promise, no timer (rate-limiter-flexible's memory limiter,
 * used before, cost a promise chain and four lookups per packet, 2 % of the server's CPU with 600
 * editors typing).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly capacity: number,
    readonly perSecond: number,
    /** Past this many keys, buckets that have filled up again (the same as no bucket) are dropped. */
    private readonly sweepAbove = 10_000,
  ) {}

  /** Spends a token: 0 when there was one, otherwise the wait in ms until there is. */
  take(key: string, now = performance.now()): number {
    const bucket = this.refilled(key, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil(((1 - bucket.tokens) / this.perSecond) * 1000));
  }

  forget(key: string): void {
    this.buckets.delete(key);
  }

  private refilled(key: string, now: number): { tokens: number; at: number } {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.sweepAbove) this.sweep(now);
      bucket = { tokens: this.capacity, at: now };
      this.buckets.set(key, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    return bucket;
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond >= this.capacity) this.buckets.delete(key);
    }
  }
}
