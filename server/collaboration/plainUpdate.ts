import * as Y from "yjs";

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/**
 * Whether a decoded update certainly integrates whole into the document: nothing in it can make
 * Yjs throw half-way, and nothing waits for changes the document does not have. Such an update
 * needs no trial on the copy (trialReplica.ts) and is applied to the document at once; that is
 * almost every update an editor sends (a keystroke, a paste, a deletion, a format), and it spared
 * a second apply per keystroke and the copy itself. Anything else — updates of several clients
 * that refer to each other, a client's clocks in two blocks, gaps, overlaps with what the document
 * has, subdocuments — answers false and is tried on the copy first, as before.
 *
 * What Yjs needs (yjs 13.6, integrateStructs, Item.getMissing/integrate, readAndApplyDeleteSet):
 * - each client's structs start exactly at the document's next clock for that client (a later
 *   start waits as pending; an earlier one overlaps and is spliced), in one block per client
 *   (Yjs keeps only the last block of a client);
 * - every struct it refers to (origin, right origin, parent item) exists when it is integrated:
 *   for the sender's own client an earlier clock (in the document or earlier in this update),
 *   for any other client a clock the document already has (a missing one waits as pending, a
 *   missing one of the own client throws);
 * - every deleted range lies within what exists after the structs (beyond it waits as pending).
 * The caller still checks that nothing was left pending after applying, and drops the document
 * from memory if applying throws, so a mistake here cannot reach storage.
 */
export function integratesWhole(update: DecodedUpdate, doc: Y.Doc): boolean {
  const before = (client: number) => Y.getState(doc.store, client);
  /** Per client in this update: the next clock after its structs. */
  const ends = new Map<number, number>();
  let client = -1;
  let next = 0;
  const exists = (ref: Y.ID | null, own: Y.ID) => ref === null || (ref.client === own.client ? ref.clock < own.clock : ref.clock < before(ref.client));
  for (const struct of update.structs) {
    if (struct instanceof Y.Skip) return false;
    if (struct.id.client !== client) {
      if (ends.has(struct.id.client)) return false;
      client = struct.id.client;
      next = before(client);
    }
    if (struct.id.clock !== next) return false;
    if (struct instanceof Y.Item) {
      if (!exists(struct.origin, struct.id) || !exists(struct.rightOrigin, struct.id)) return false;
      if (struct.parent instanceof Y.ID && !exists(struct.parent, struct.id)) return false;
      if (struct.content instanceof Y.ContentDoc) return false;
    }
    next = struct.id.clock + struct.length;
    ends.set(client, next);
  }
  for (const [deleted, ranges] of update.ds.clients) {
    const end = ends.get(deleted) ?? before(deleted);
    for (const range of ranges) if (range.clock + range.len > end) return false;
  }
  return true;
}
