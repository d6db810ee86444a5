import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/** y-protocols sync message types. */
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

export type ParsedSyncMessage =
  | { type: typeof SYNC_STEP_1; stateVector: Uint8Array }
  | { type: typeof SYNC_STEP_2 | typeof SYNC_UPDATE; update: Uint8Array; empty: boolean; decoded: ReturnType<typeof Y.decodeUpdate> };

/**
 * Reads a sync message without applying it, so the server can check permission, validate and store
 * an update before it touches the document. Throws on anything malformed.
 */
export function parseSyncMessage(message: Uint8Array): ParsedSyncMessage {
  const decoder = decoding.createDecoder(message);
  const type = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder)) throw new Error("trailing bytes");
  if (type === SYNC_STEP_1) {
    Y.decodeStateVector(payload); // throws when malformed
    return { type, stateVector: payload };
  }
  if (type === SYNC_STEP_2 || type === SYNC_UPDATE) {
    const decoded = Y.decodeUpdate(payload); // throws when malformed
    // An update that changes nothing (e.g. a step 2 from a client with nothing new) is not stored.
    return { type, update: payload, empty: decoded.structs.length === 0 && decoded.ds.clients.size === 0, decoded };
  }
  throw new Error(`unknown sync message type ${type}`);
}

export function encodeSyncMessage(type: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}
