import type * as Y from "yjs";
import { buildStoredDocument } from "../collaboration/storedDocument";
import { toBytes } from "../collaboration/documentStore";
import { HttpError } from "../errors";

/**
 * A version's body, read like stored document state: what waits for missing changes is left out,
 * and a state that cannot be applied at all is refused rather than thrown as a server error.
 */
export function versionYDoc(state: unknown): Y.Doc {
  const { ydoc, rejected } = buildStoredDocument([{ kind: "snapshot", seq: 0, bytes: toBytes(state), userId: null, at: null }]);
  if (rejected.some((row) => row.kind === "snapshot")) throw new HttpError(409, "version_unreadable", "This version cannot be read");
  return ydoc;
}
