import * as encoding from "lib0/encoding";

/**
 * The Hocuspocus 3 wire format, as @hocuspocus/provider frames it: every binary WebSocket message
 * starts with the document name (a lib0 var-string, so one socket can carry several documents),
 * then a message type, then its payload. Written by hand so the benchmark's writers stay cheap.
 */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, syncReply: 4, close: 7, syncStatus: 8 } as const;
/** Sub-types of an auth message. */
export const AUTH = { token: 0, permissionDenied: 1, authenticated: 2 } as const;
/** y-protocols sync sub-types. */
export const SYNC = { step1: 0, step2: 1, update: 2 } as const;

export function message(documentName: string, type: number, write: (encoder: encoding.Encoder) => void = () => {}): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** The first message a provider sends for a document: its token (the server answers "authenticated"). */
export function authMessage(documentName: string, token: string): Uint8Array {
  return message(documentName, MESSAGE.auth, (encoder) => {
    encoding.writeVarUint(encoder, AUTH.token);
    encoding.writeVarString(encoder, token);
  });
}

export function updateMessage(documentName: string, update: Uint8Array): Uint8Array {
  return message(documentName, MESSAGE.sync, (encoder) => {
    encoding.writeVarUint(encoder, SYNC.update);
    encoding.writeVarUint8Array(encoder, update);
  });
}

/** Length of the document-name prefix: the message type is the byte right after it (all types are < 128). */
export function prefixLength(documentName: string): number {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  return encoding.length(encoder);
}
