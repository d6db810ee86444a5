// The editor's ProseMirror schema on the server, built at the first document created from content:
// Tiptap's extensions (some 15–20 MB of RSS) are not loaded when the server starts.
import type { Schema } from "@tiptap/pm/model";

let schema: Promise<Schema> | undefined;

export function editorSchema(): Promise<Schema> {
  schema ??= Promise.all([import("@tiptap/core"), import("../../shared/editor/extensions")]).then(
    ([{ getSchema }, { documentExtensions }]) => getSchema(documentExtensions()),
    (error: unknown) => {
      schema = undefined; // not cached: the next document tries again
      throw error;
    },
  );
  return schema;
}
