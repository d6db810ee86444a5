import type { ChangedIds } from "../models/writeReports";

export interface ReadModelOptions<R, V> {
  /** Every row, as the database holds it now. */
  loadAll(): Promise<R[]>;
  /**
   * One row by id, or null when it is gone or no longer belongs (e.g. a deleted document). With it,
   * a write to one row costs one query by `_id` (the only filter FerretDB hands to SQLite) instead
   * of a reload of every row; without it, every write reloads everything.
   */
  loadOne?(id: string): Promise<R | null>;
  idOf(row: R): string;
  /** What the routes read, computed once per change (sorted lists, indexes), never per request. */
  view(rows: readonly R[]): V;
}

/** Past this many changed rows at once, one reload of everything is cheaper than a query per row. */
const PATCH_MAX = 16;

/**
 * An in-process copy of one collection's list data (issue 9.4): FerretDB decodes every document of
 * a collection for each query whatever its filter, sort or projection (`npm run bench:db-queries`),
 * so a list served from the database costs 10–100 pings' worth of work per request, while these
 * collections are small (tens of meetings a year, hundreds of documents and archive records).
 *
 * Consistency, in this process: every write made through mongoose is reported by the model
 * (`server/models/writeReports.ts`) and counted here; a read waits until everything reported before
 * it began is reflected, by reloading the changed rows by id (or everything), so a write shows on
 * the very next read. Loads in flight never overwrite what a later write changed: each refresh
 * clears only the changes reported before it started.
 *
 * Other processes (or writes that bypass mongoose): what was loaded is served for `ttlMs`; after
 * that the next read reloads everything in the background and is served the previous copy; a copy
 * older than 2 × ttlMs is never served (the read waits for the reload). So another process's write
 * shows within ttlMs plus one reload while reads come in, and always within 2 × ttlMs.
 */
export class ReadModel<R, V> {
  private static readonly all = new Set<ReadModel<unknown, unknown>>();
  private static ttlMs = 2_000;

  /** READ_MODEL_TTL_MS; 0 turns the read models off (the routes read the database). Empties them. */
  static configure(options: { ttlMs: number }): void {
    ReadModel.ttlMs = options.ttlMs;
    ReadModel.clearAll();
  }

  static get enabled(): boolean {
    return ReadModel.ttlMs > 0;
  }

  /** Forgets every copy, e.g. when a server starts on a (possibly other) database. */
  static clearAll(): void {
    for (const model of ReadModel.all) model.invalidate("all");
  }

  private rows = new Map<string, R>();
  private current: V | undefined;
  /** Changes reported so far, and the last of them every row reflects (-1: nothing loaded yet). */
  private reported = 0;
  private reflected = -1;
  /** Rows changed since they were loaded, with the count of the last change to each. */
  private readonly changed = new Map<string, number>();
  private reloadAll = true;
  /** When the last reload of everything began (performance.now()). */
  private loadedAt = Number.NEGATIVE_INFINITY;
  private refreshing: Promise<void> | undefined;

  constructor(private readonly options: ReadModelOptions<R, V>) {
    ReadModel.all.add(this as unknown as ReadModel<unknown, unknown>);
  }

  /** A model's write report: these rows (or all) changed. */
  invalidate(ids: ChangedIds): void {
    this.reported++;
    if (ids === "all" || !this.options.loadOne) this.reloadAll = true;
    else for (const id of ids) this.changed.set(id, this.reported);
  }

  /** The current view: reflects every write this process reported before the call. */
  async read(): Promise<V> {
    const needed = this.reported;
    const oldest = performance.now() - 2 * ReadModel.ttlMs;
    while (this.reflected < needed || this.loadedAt < oldest) {
      if (this.loadedAt < oldest) this.reloadAll = true;
      await this.refresh();
    }
    if (performance.now() - this.loadedAt > ReadModel.ttlMs && !this.refreshing) {
      this.reloadAll = true;
      // The next reads are served this copy meanwhile; a failed reload is retried by the next read.
      this.refresh().catch(() => {});
    }
    return this.current!;
  }

  /** One refresh at a time; a read that needs a later one waits for this and starts the next. */
  private refresh(): Promise<void> {
    this.refreshing ??= this.runRefresh().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async runRefresh(): Promise<void> {
    const startedAt = this.reported;
    const began = performance.now();
    if (this.reloadAll || this.changed.size > PATCH_MAX) {
      this.reloadAll = false;
      try {
        const rows = await this.options.loadAll();
        this.rows = new Map(rows.map((row) => [this.options.idOf(row), deepFreeze(row)]));
        this.loadedAt = began;
      } catch (error) {
        this.reloadAll = true;
        throw error;
      }
    } else {
      const ids = [...this.changed.keys()];
      const loaded = await Promise.all(ids.map((id) => this.options.loadOne!(id)));
      ids.forEach((id, i) => {
        const row = loaded[i];
        if (row) this.rows.set(id, deepFreeze(row));
        else this.rows.delete(id);
      });
    }
    for (const [id, count] of this.changed) if (count <= startedAt) this.changed.delete(id);
    this.reflected = startedAt;
    this.current = this.options.view([...this.rows.values()]);
  }
}

/**
 * Rows are shared by every request, so nothing may change them: a presenter that tried would throw
 * (modules are strict) instead of leaking one request's change into another's answer. Only plain
 * objects and arrays are frozen (ObjectIds, Dates and Buffers keep their own internals).
 */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) return value;
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}
