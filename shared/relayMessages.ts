import { fromBase64, toBase64 } from "lib0/buffer";

/**
 * The text form of what the server relays to every editor of a document: sync messages
 * ("doc.relay") and awareness updates ("doc.awareness"). Socket.IO builds the WebSocket frame of a
 * broadcast once for all receivers only when the event is one text packet; a binary event is a
 * text packet and an attachment, framed again for every receiver. With 100 editors on a document
 * that framing was most of the server's work; base64 costs a third more bytes of a small update.
 */
export const encodeRelay = (message: Uint8Array): string => toBase64(message);

/** Throws on text that is not base64 (a relay comes from the server, so only a bug sends that). */
export const decodeRelay = (text: string): Uint8Array => fromBase64(text);
