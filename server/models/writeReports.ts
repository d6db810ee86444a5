import type { Schema } from "mongoose";

/** The _ids a write may have changed, or "all" when its filter names none. */
export type ChangedIds = readonly string[] | "all";
type Listener = (ids: ChangedIds) => void;

const QUERY_WRITES = ["updateOne", "updateMany", "replaceOne", "deleteOne", "deleteMany", "findOneAndUpdate", "findOneAndReplace", "findOneAndDelete"] as const;

function idsOf(filter: Record<string, unknown>): ChangedIds {
  const id = filter._id as unknown;
  if (typeof id === "string" || (id && typeof id === "object" && "toHexString" in id)) return [String(id)];
  if (id && typeof id === "object" && Array.isArray((id as { $in?: unknown[] }).$in)) return (id as { $in: unknown[] }).$in.map(String);
  return "all";
}

/**
 * Hooks every write a model makes through mongoose (document saves and deletes, and every update
 * or delete query) so in-process caches hear of it at once, whoever wrote: a command, a route, a
 * test. Must be called before the model is compiled. Writes that bypass mongoose (another process,
 * the raw driver) are what the caches' short TTL is for.
 */
export function reportWrites(schema: Schema): (listener: Listener) => () => void {
  const listeners = new Set<Listener>();
  const notify = (ids: ChangedIds) => listeners.forEach((listener) => listener(ids));
  schema.post("save", function (doc: { _id: unknown }) {
    notify([String(doc._id)]);
  });
  schema.post("deleteOne", { document: true, query: false }, function (doc: { _id: unknown }) {
    notify([String(doc._id)]);
  });
  schema.post([...QUERY_WRITES], { document: false, query: true }, function () {
    notify(idsOf(this.getFilter() as Record<string, unknown>));
  });
  return (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
}
