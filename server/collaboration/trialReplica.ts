import * as Y from "yjs";

/**
 * Why an update cannot be taken:
 * - `invalid`: integrating it throws (it references structure that does not exist, e.g. an origin
 *   of its own client at a clock that was never written);
 * - `incomplete`: it integrates, but some of its structs or deletions wait for changes the
 *   document does not have (Yjs keeps those "pending" and would integrate them whenever the
 *   missing clock arrives, so a pending struct is a delayed, unchecked update).
 */
export interface UpdateProblem {
  kind: "invalid" | "incomplete";
  message: string;
}

/**
 * A second copy of a document on which every update is tried before the real one sees it.
 *
 * Yjs cannot tell whether an update is sound without integrating it, and an update that throws
 * half-way has already integrated the structs before the failure (transactions do not roll back;
 * the real document would also emit them as an update and relay them). So the trial runs here, and
 * the real document only receives updates that integrated whole. Yjs is deterministic: the same
 * updates in the same order give both copies the same structure, so what integrated here
 * integrates there. The cost is one extra apply per update (proportional to the update, not to the
 * document) and a second copy in memory; after a refusal the copy is rebuilt from the real one.
 */
export class TrialReplica {
  private replica: Y.Doc;

  constructor(private readonly source: Y.Doc) {
    this.replica = copyOf(source);
  }

  /**
   * Integrates the update into the copy. Returns null when the caller must now apply it to the
   * real document (at once, before any other update), or the problem. `allowIncomplete` keeps
   * pending structs (when loading rows whose dependencies may come in a later row).
   */
  try(update: Uint8Array, options: { allowIncomplete?: boolean } = {}): UpdateProblem | null {
    try {
      Y.applyUpdate(this.replica, update);
    } catch (error) {
      this.rebuild();
      return { kind: "invalid", message: describe(error) };
    }
    if (!options.allowIncomplete && hasPending(this.replica)) {
      this.rebuild();
      return { kind: "incomplete", message: "depends on changes the document does not have" };
    }
    return null;
  }

  destroy(): void {
    this.replica.destroy();
  }

  private rebuild(): void {
    this.replica.destroy();
    this.replica = copyOf(this.source);
  }
}

function copyOf(source: Y.Doc): Y.Doc {
  // The source's guid: a new Y.Doc otherwise draws a random uuid, ~30 calls to the system's random
  // source (7 % of the server's CPU in a 200×3 profile with many refusals, each one a rebuild).
  const copy = new Y.Doc({ gc: source.gc, guid: source.guid });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
  return copy;
}

export function hasPending(ydoc: Y.Doc): boolean {
  return ydoc.store.pendingStructs !== null || ydoc.store.pendingDs !== null;
}

/**
 * Removes what waits in the document for changes it does not have, and returns it as one update
 * (v1), or null if nothing waits. Pending structs are not part of the visible document; dropping
 * them means a stored row can never come to life later, when some future update supplies the
 * missing clock, and break that update.
 */
export function takePending(ydoc: Y.Doc): Uint8Array | null {
  const { pendingStructs, pendingDs } = ydoc.store;
  if (!pendingStructs && !pendingDs) return null;
  const parts = [pendingStructs?.update, pendingDs].filter((part): part is Uint8Array => part instanceof Uint8Array);
  ydoc.store.pendingStructs = null;
  ydoc.store.pendingDs = null;
  return Y.mergeUpdates(parts.map((part) => Y.convertUpdateFormatV2ToV1(part)));
}

/** An error's message, short enough for a log line or an audit entry. */
export function describe(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}
