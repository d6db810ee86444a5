import mongoose from "mongoose";

/**
 * Single-use claims and short locks, built on the one write that is atomic in MongoDB and FerretDB
 * alike: inserting a document whose _id already exists fails. (FerretDB v1's findOneAndUpdate and
 * conditional updates are not atomic under concurrency — FerretDB issue #3040 — so "update where
 * unused" cannot guard a single-use token there.)
 */
const claimSchema = new mongoose.Schema({
  _id: { type: String, required: true },
  at: { type: Date, required: true },
  /** Claims that only matter for a while (TOTP steps, locks) expire; the rest are kept. */
  expiresAt: { type: Date, default: null },
});
claimSchema.index({ expiresAt: 1 });

export const Claim = mongoose.model("Claim", claimSchema);

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True for exactly one caller per key, however many race. */
export async function claimOnce(key: string, ttlMs?: number): Promise<boolean> {
  try {
    await Claim.create({ _id: key, at: new Date(), expiresAt: ttlMs ? new Date(Date.now() + ttlMs) : null });
    return true;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    // An expired claim (e.g. a lock whose holder died) may be taken over.
    const existing = await Claim.findById(key).lean();
    if (existing?.expiresAt && existing.expiresAt.getTime() < Date.now()) {
      await Claim.deleteOne({ _id: key, expiresAt: existing.expiresAt });
      return claimOnce(key, ttlMs);
    }
    return false;
  }
}

export async function releaseClaim(key: string): Promise<void> {
  await Claim.deleteOne({ _id: key });
}

/** Runs `work` while holding a named lock (waits for it; the lock expires if its holder dies). */
export async function withLock<T>(name: string, work: () => Promise<T>, options: { ttlMs?: number; waitMs?: number } = {}): Promise<T> {
  const key = `lock:${name}`;
  const deadline = Date.now() + (options.waitMs ?? 10_000);
  while (!(await claimOnce(key, options.ttlMs ?? 15_000))) {
    if (Date.now() > deadline) throw new Error(`could not take the lock ${name}`);
    await sleep(20 + Math.random() * 30);
  }
  try {
    return await work();
  } finally {
    await releaseClaim(key);
  }
}

export async function sweepExpiredClaims(): Promise<void> {
  await Claim.deleteMany({ expiresAt: { $ne: null, $lt: new Date() } });
}
