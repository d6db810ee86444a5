import * as Y from "yjs";
import type { CommentAnchor } from "./comments";

/**
 * Where a comment thread's anchor is now. y-prosemirror relative positions can lose their place when
 * a paragraph is split or joined (yjs/y-prosemirror#44: the paragraph is re-created and the
 * positions point into the deleted one, which y-prosemirror still turns into a wrong number). So:
 * a range whose positions sit in live text is used as is; otherwise the thread falls back to the
 * nearest block that still holds its quote; and only when no block does is it "on removed text".
 */
export type AnchorPlace = { kind: "range"; from: number; to: number } | { kind: "block"; index: number } | { kind: "removed" };

export const encodePosition = (position: Y.RelativePosition) => base64(Y.encodeRelativePosition(position));
export const decodePosition = (encoded: string) => Y.decodeRelativePosition(bytes(encoded));

/** The anchor of a range: its two positions (made by the editor with y-prosemirror) and its block's. */
export function makeAnchor(fragment: Y.XmlFragment, from: Y.RelativePosition, to: Y.RelativePosition, blockIndex: number, quote: string): CommentAnchor {
  return { from: encodePosition(from), to: encodePosition(to), block: encodePosition(Y.createRelativePositionFromTypeIndex(fragment, blockIndex)), quote: quote.slice(0, 500) };
}

/** Whether a position still points into live text (its type and every parent not deleted). */
export function positionIsLive(ydoc: Y.Doc, encoded: string): boolean {
  const absolute = Y.createAbsolutePositionFromRelativePosition(decodePosition(encoded), ydoc);
  if (!absolute) return false;
  for (let item = absolute.type._item; item; item = (item.parent as Y.AbstractType<unknown>)._item) if (item.deleted) return false;
  return true;
}

/** The top-level block index the block position resolves to (a deleted block: where it was). */
export function blockIndex(ydoc: Y.Doc, encoded: string): number | null {
  return Y.createAbsolutePositionFromRelativePosition(decodePosition(encoded), ydoc)?.index ?? null;
}

/**
 * Decides the place. `range` is the range y-prosemirror computed (null if it could not), `blocks`
 * the top-level blocks' plain text in order.
 */
export function placeAnchor(props: { ydoc: Y.Doc; anchor: CommentAnchor; range: { from: number; to: number } | null; blocks: string[] }): AnchorPlace {
  const { ydoc, anchor, range, blocks } = props;
  const live = positionIsLive(ydoc, anchor.from) && positionIsLive(ydoc, anchor.to);
  if (live && range && range.from < range.to) return { kind: "range", from: range.from, to: range.to };
  const quote = anchor.quote.trim();
  const start = blockIndex(ydoc, anchor.block);
  if (start === null || blocks.length === 0) return { kind: "removed" };
  const clamped = Math.min(start, blocks.length - 1);
  // Text deleted in place (live, empty range): the thread is on removed text unless its words moved nearby.
  if (!quote) return live ? { kind: "removed" } : { kind: "block", index: clamped };
  for (let distance = 0; distance < blocks.length; distance++) {
    for (const index of [clamped - distance, clamped + distance]) {
      if (index >= 0 && index < blocks.length && blocks[index]!.includes(quote)) return { kind: "block", index };
    }
  }
  return { kind: "removed" };
}

function base64(data: Uint8Array): string {
  let binary = "";
  for (const byte of data) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function bytes(encoded: string): Uint8Array {
  const binary = atob(encoded);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
