import type { SegmentRow } from "./updateLog";

/** How long stored segments wait before the rows they fold are deleted, all documents' in one delete. */
export const SWEEP_EVERY_MS = 5_000;

/**
 * Gathers stored segments and deletes the update rows they fold every SWEEP_EVERY_MS, in one
 * delete: on FerretDB v1 every delete decodes the whole update collection once, whatever it
 * deletes. A failed or missed sweep (a crash) only leaves rows that the next compaction deletes;
 * a load reading meanwhile takes the segment and skips them.
 */
export class RowSweeper {
  private waiting: SegmentRow[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly sweep: (segments: SegmentRow[]) => Promise<void>,
    private readonly everyMs = SWEEP_EVERY_MS,
  ) {}

  add(segments: SegmentRow[]): void {
    this.waiting.push(...segments);
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), this.everyMs);
    this.timer.unref();
  }

  /** Deletes now what is waiting. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const segments = this.waiting.splice(0);
    if (segments.length > 0) await this.sweep(segments).catch(() => undefined);
  }
}
