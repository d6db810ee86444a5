/** The editor (Tiptap, ProseMirror, Yjs): the largest part of the client, loaded when a document or version is opened. */
export { DocumentScene } from "../scenes/documents/DocumentScene";
export { DocumentVersionScene } from "../scenes/documents/DocumentVersionScene";
