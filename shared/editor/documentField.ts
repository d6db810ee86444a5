// Apart from extensions.ts so the server can name the field without loading Tiptap's extensions.
/** The Yjs XML fragment that holds a document's body (Tiptap's Collaboration default). */
export const DOCUMENT_FIELD = "default";
