export type { UpdateRow } from "./updateLog";

/** Enough to keep the database busy; few enough that groups grow under load. */
const MAX_WRITES_IN_FLIGHT = 2;

interface Waiting<Row> {
  row: Row;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Group commit across documents: every row handed in during one turn of the event loop (one per
 * document with updates waiting, see ServedDocument) is written in one insert, with at most two
 * such writes in flight; while both are out, rows wait and the next group grows. SQLite (under
 * FerretDB) has one writer at a time, so 200 documents' rows in one transaction cost about what one
 * costs. A row's promise resolves only once the write carrying it succeeded, and a failed write
 * rejects every row in it, so "stored before acknowledged" holds per sender.
 */
export class GroupCommit<Row> {
  private queued: Array<Waiting<Row>> = [];
  private scheduled = false;
  private inFlight = 0;

  constructor(
    private readonly write: (rows: Row[]) => Promise<void>,
    private readonly maxInFlight = MAX_WRITES_IN_FLIGHT,
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
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const group = this.queued.splice(0);
    if (group.length === 0) return;
    this.inFlight++;
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
