import { LRUCache } from "lru-cache";

/**
 * A small in-process read cache (bounded LRU, short TTL) that never keeps what an invalidation
 * overtook: every invalidation bumps an epoch, and a load that began before it is handed to its
 * callers but not stored. Concurrent misses for one key share one load, and an invalidation also
 * detaches that shared load, so a request that starts after an invalidation always reads afresh.
 *
 * The TTL is the safety net for writers this process does not hear of (another server process
 * sharing the database, or a write that bypasses mongoose): their change shows within ttlMs.
 */
export class ReadCache<V extends object> {
  private static readonly all = new Set<ReadCache<object>>();

  /** Empties every cache, e.g. when a server starts on a (possibly other) database. */
  static clearAll(): void {
    for (const cache of ReadCache.all) cache.invalidate("all");
  }

  private readonly values: LRUCache<string, V>;
  private readonly loading = new Map<string, Promise<V | null>>();
  private epoch = 0;

  constructor(options: { max: number; ttlMs: number }) {
    this.values = new LRUCache<string, V>({ max: options.max, ttl: options.ttlMs, ttlAutopurge: false });
    ReadCache.all.add(this as unknown as ReadCache<object>);
  }

  get(key: string): V | undefined {
    return this.values.get(key);
  }

  /** The cached value, or `load()`'s (kept unless invalidated meanwhile); null is not cached. */
  async load(key: string, load: () => Promise<V | null>): Promise<V | null> {
    const cached = this.values.get(key);
    if (cached) return cached;
    const shared = this.loading.get(key);
    if (shared) return shared;
    const epoch = this.epoch;
    const pending = load().then(
      (value) => {
        if (this.loading.get(key) === pending) this.loading.delete(key);
        if (value && epoch === this.epoch) this.values.set(key, value);
        return value;
      },
      (error: unknown) => {
        if (this.loading.get(key) === pending) this.loading.delete(key);
        throw error;
      },
    );
    this.loading.set(key, pending);
    return pending;
  }

  /**
   * The cached values of these keys, loading all the missing ones with one `loadMissing` call (one
   * `$in` query); what it returns is kept unless an invalidation came in between.
   */
  async loadMany(keys: readonly string[], loadMissing: (missing: string[]) => Promise<V[]>, keyOf: (value: V) => string): Promise<Map<string, V>> {
    const found = new Map<string, V>();
    const missing: string[] = [];
    for (const key of new Set(keys)) {
      const value = this.values.get(key);
      if (value) found.set(key, value);
      else missing.push(key);
    }
    if (missing.length === 0) return found;
    const epoch = this.epoch;
    for (const value of await loadMissing(missing)) {
      const key = keyOf(value);
      found.set(key, value);
      if (epoch === this.epoch) this.values.set(key, value);
    }
    return found;
  }

  /** Replaces a cached value in place (e.g. a new expiry this process has just written). */
  update(key: string, change: (value: V) => V): void {
    const value = this.values.get(key);
    if (value) this.values.set(key, change(value), { noUpdateTTL: true });
  }

  /** Drops these keys, or everything; loads in flight will not be stored. */
  invalidate(keys: readonly string[] | "all"): void {
    this.epoch++;
    if (keys === "all") {
      this.values.clear();
      this.loading.clear();
      return;
    }
    for (const key of keys) {
      this.values.delete(key);
      this.loading.delete(key);
    }
  }
}
