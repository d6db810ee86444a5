// `npm run bench:yjs-merge`: the CPU side of a cold load. A document of 10,000 stored single-keystroke
// updates turned into one state, four ways: Y.mergeUpdates over all of them (what
// server/collaboration/documentStore.ts load() does today), applying them to a Y.Doc in one
// transaction and encoding its state, the same without a transaction, and merging in chunks.
import * as Y from "yjs";
import { COLD_LOAD_UPDATES } from "./collab/benchConfig";
import { documentTextLength } from "./collab/benchYjs";
import { coldDocument } from "./collab/coldDocument";
import { line } from "./collab/report";

const { updates, textLength } = coldDocument(COLD_LOAD_UPDATES);

const ways: Array<[string, () => Uint8Array]> = [
  ["merge_all", () => Y.mergeUpdates(updates)],
  ["apply_in_one_transaction", () => stateOf((doc) => Y.transact(doc, () => updates.forEach((update) => Y.applyUpdate(doc, update))))],
  ["apply_one_by_one", () => stateOf((doc) => updates.forEach((update) => Y.applyUpdate(doc, update)))],
  ["merge_in_chunks_of_100", () => Y.mergeUpdates(chunks(updates, 100).map((chunk) => Y.mergeUpdates(chunk)))],
];

for (const [how, merge] of ways) {
  const started = performance.now();
  const state = merge();
  const ms = performance.now() - started;
  const check = new Y.Doc();
  Y.applyUpdate(check, state);
  const complete = documentTextLength(check) === textLength;
  console.log(line("yjs_merge", { how, updates: updates.length, ms, state_bytes: state.byteLength, complete: complete ? "yes" : "no" }));
}

function stateOf(fill: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  fill(doc);
  return Y.encodeStateAsUpdate(doc);
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
