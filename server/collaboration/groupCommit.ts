export type { UpdateRow } from "./updateLog";

/** Enough to keep the database busy; few enough that groups grow under load. */
const MAX_WRITES_IN_FLIGHT = 2;
/**
 * Least time between the starts of two writes. Each write costs the embedded FerretDB about
 * 0.6 ms of CPU and the driver about 0.5 ms whatever it carries, and each row about 0.05 ms more
 * (plus its decoding when it is swept), so under load rows wait up to this long and a document's
 * updates of that time go in one row. 200 documents × 3 authors (one batch per document waiting,
 * servedDocument.ts), spacing → inserts a second, FerretDB CPU, acknowledgement p95: 20 ms → 71,
 * 48 %, 170 ms; 60 ms → 27, 42 %, 180 ms; 120 ms → 10, 20 %, 245 ms; 200 ms → 5, 15 %, 400 ms.
 * What others see does not wait for this (relays go at once), only the sender's "stored". A row
 * arriving when nothing was written for this long is written at once, so one person typing is
 * acknowledged at once; a busy document waits up to about twice this.
 */
export const MIN_WRITE_SPACING_MS = 120;

interface Waiting<Row> {
  row: Row;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Group commit across documents: every row handed in during one turn of the event loop (one per
 * document with updates waiting, see ServedDocument) is written in one insert, with at most two
 * such writes in flight and at least MIN_WRITE_SPACING_MS between their starts; meanwhile rows
 * wait and the next group grows. SQLite (under
 * FerretDB) has one writer at a time, so 200 documents' rows in one transaction cost about what one
 * costs. A row's promise resolves only once the write carrying it succeeded, and a failed write
 * rejects every row in it, so "stored before acknowledged" holds per sender.
 */
export class GroupCommit<Row> {
  private queued: Array<Waiting<Row>> = [];
  private scheduled = false;
  private inFlight = 0;
  private lastWriteAt = -Infinity;

  constructor(
    private readonly write: (rows: Row[]) => Promise<void>,
    private readonly maxInFlight = MAX_WRITES_IN_FLIGHT,
    private readonly spacingMs = MIN_WRITE_SPACING_MS,
  ) {}

  /** Resolves once the row is stored; rejects if the write carrying it failed. */
  store(row: Row): Promise<void> {
    const stored = new Promise<void>((resolve, reject) => this.queued.push({ row, resolve, reject }));
    this.schedule();
    return stored;
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.queued.length === 0) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      void this.flush();
    };
    const wait = this.lastWriteAt + this.spacingMs - performance.now();
    if (wait > 0) setTimeout(run, wait);
    else setImmediate(run);
  }

  private async flush(): Promise<void> {
    const group = this.queued.splice(0);
    if (group.length === 0) return;
    this.inFlight++;
    this.lastWriteAt = performance.now();
    try {
      await this.write(group.map((waiting) => waiting.row));
      group.forEach((waiting) => waiting.resolve());
    } catch (error) {
      group.forEach((waiting) => waiting.reject(error));
    } finally {
      this.inFlight--;
      this.schedule();
    }
  }
}
