import * as Y from "yjs";
import type { CommentAnchor } from "../../shared/comments";
import { Validation } from "../errors";

/** Validate by doing: each position must decode as a Yjs relative position, or the anchor is refused. */
export function checkAnchor(anchor: CommentAnchor): CommentAnchor {
  for (const field of ["from", "to", "block"] as const) {
    try {
      Y.decodeRelativePosition(Buffer.from(anchor[field], "base64"));
    } catch {
      throw Validation([{ path: `body.anchor.${field}`, message: "must be an encoded Yjs relative position" }]);
    }
  }
  return anchor;
}
