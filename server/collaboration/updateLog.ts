import * as Y from "yjs";

/**
 * Update rows folded into one segment row. A load reads a document's uncompacted updates as its
 * segments (one query of their collection) plus at most this many rows after the last one, each
 * by `_id`; once a segment is stored the rows it folds are deleted (RowSweeper), so the update
 * collection only holds the rows after each document's last segment. On FerretDB v1 every read
 * costs a pass over the whole collection it reads (see README "FerretDB gaps"): more rows per
 * segment, a smaller segment collection but more row lookups per load.
 */
export const SEGMENT_ROWS = 32;

/** One stored update row: a batch of one document's updates, merged. `row` numbers them per document. */
export interface UpdateRow {
  documentId: string;
  /** The document's row number: 1, 2, 3, … (continued across loads, never reused). */
  row: number;
  /** The highest update seq in the row. */
  seq: number;
  update: Uint8Array;
  userId: string | null;
}

/** The updates of rows `fromRow`..`toRow` of one document, merged (the rows are swept once it is stored). */
export interface SegmentRow {
  documentId: string;
  fromRow: number;
  toRow: number;
  seq: number;
  update: Uint8Array;
}

/** The `_id` of a document's update row: a load finds it by `_id` alone. */
export const updateRowId = (documentId: string, row: number) => `${documentId}:${row}`;
/** The `_id` of the segment that ends at row `toRow` (a multiple of SEGMENT_ROWS). */
export const segmentId = (documentId: string, toRow: number) => `${documentId}:${toRow}`;
/** The `_id` of the segment a row belongs to (stored with the row, so a sweep names segments, not rows). */
export const segmentOfRow = (documentId: string, row: number) => segmentId(documentId, Math.ceil(row / SEGMENT_ROWS) * SEGMENT_ROWS);

/**
 * Numbers one document's update rows as they are written and, every SEGMENT_ROWS rows, makes the
 * segment that folds them, from the updates it keeps until then. Made at load from what the load
 * read: the last row number and the updates of the rows after the last segment boundary.
 */
export class UpdateLog {
  private open: Uint8Array[];
  private openFrom: number;

  constructor(
    readonly documentId: string,
    /** The highest row number stored (0: none). */
    public lastRow: number,
    /** The updates of the rows after the last boundary up to lastRow that the caller has, in order. */
    open: Uint8Array[] = [],
    /** The first row those updates start at. */
    openFrom = lastRow + 1,
  ) {
    this.open = open;
    this.openFrom = open.length > 0 ? openFrom : lastRow + 1;
  }

  /** The next row for one merged batch, and the segment it completes, if any. */
  next(seq: number, update: Uint8Array, userId: string | null): { row: UpdateRow; segment?: SegmentRow } {
    const row = { documentId: this.documentId, row: ++this.lastRow, seq, update, userId };
    this.open.push(update);
    if (row.row % SEGMENT_ROWS !== 0) return { row };
    const segment = { documentId: this.documentId, fromRow: this.openFrom, toRow: row.row, seq, update: this.open.length === 1 ? update : Y.mergeUpdates(this.open) };
    this.open = [];
    this.openFrom = row.row + 1;
    return { row, segment };
  }
}
