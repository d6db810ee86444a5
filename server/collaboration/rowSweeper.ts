import type { Fold } from "./documentStore";
import type { SegmentRow } from "./updateLog";

/** How long stored segments and snapshots wait before what they fold is deleted, all documents' in one delete. */
export const SWEEP_EVERY_MS = 5_000;

/**
 * Gathers stored segments and written snapshots every SWEEP_EVERY_MS and deletes, in one delete
 * per collection, the rows of the segments and the segments under the snapshots (rows under a
 * snapshot go with their own segment): on FerretDB v1 every delete decodes the whole collection once,
 * whatever it deletes. A failed or missed sweep (a crash) only leaves rows that a later sweep
 * deletes; a load reading meanwhile takes the segment or the snapshot and skips them.
 */
export class RowSweeper {
  private waiting: SegmentRow[] = [];
  private folds: Fold[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly sweep: (segments: SegmentRow[], folds: Fold[]) => Promise<void>,
    private readonly everyMs = SWEEP_EVERY_MS,
  ) {}

  add(segments: SegmentRow[]): void {
    this.waiting.push(...segments);
    this.schedule();
  }

  /** A snapshot was written: the segments under it go at the next sweep. */
  fold(fold: Fold): void {
    this.folds.push(fold);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), this.everyMs);
    this.timer.unref();
  }

  /** Deletes now what is waiting. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const segments = this.waiting.splice(0);
    const folds = this.folds.splice(0);
    if (segments.length > 0 || folds.length > 0) await this.sweep(segments, folds).catch(() => undefined);
  }
}
