import * as encoding from "lib0/encoding";

/*
 * Yjs updates that Y.decodeUpdate accepts but that must never reach a document, written by hand
 * in the v1 update format (yjs/src/utils/encoding.js: per client the number of structs, the
 * client id and first clock, then each struct as an info byte, its references and its content).
 */

const STRING = 4;
const TYPE = 7;
const HAS_ORIGIN = 0x80;
const XML_ELEMENT = 3;
const XML_TEXT = 6;

type Struct = (encoder: encoding.Encoder) => void;

/** The text of the paragraph a throwing update would leave behind in a document it was applied to directly. */
export const POISON_TEXT = "Een vergiftigde wijziging";

function update(client: number, clock: number, structs: Struct[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // one client
  encoding.writeVarUint(encoder, structs.length);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
  for (const struct of structs) struct(encoder);
  encoding.writeVarUint(encoder, 0); // empty delete set
  return encoding.toUint8Array(encoder);
}

const inRoot = (key: string): Struct => (e) => {
  encoding.writeVarUint(e, 1); // parent is a root type, by name
  encoding.writeVarString(e, key);
};
const inItem = (client: number, clock: number): Struct => (e) => {
  encoding.writeVarUint(e, 0); // parent is the type created by this item
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, clock);
};
const paragraphIn = (parent: Struct): Struct => (e) => {
  encoding.writeUint8(e, TYPE);
  parent(e);
  encoding.writeVarUint(e, XML_ELEMENT);
  encoding.writeVarString(e, "paragraph");
};
const xmlTextIn = (parent: Struct): Struct => (e) => {
  encoding.writeUint8(e, TYPE);
  parent(e);
  encoding.writeVarUint(e, XML_TEXT);
};
const textIn = (parent: Struct, text: string): Struct => (e) => {
  encoding.writeUint8(e, STRING);
  parent(e);
  encoding.writeVarString(e, text);
};
const textAfter = (originClient: number, originClock: number, text: string): Struct => (e) => {
  encoding.writeUint8(e, STRING | HAS_ORIGIN);
  encoding.writeVarUint(e, originClient);
  encoding.writeVarUint(e, originClock);
  encoding.writeVarString(e, text);
};

/**
 * A paragraph with text (three sound structs), then a fourth struct placed after a struct of its
 * own client that was never written. Yjs integrates the first three and then throws (its own
 * client's structs are never "missing", so it looks the origin up and finds nothing): applied to a
 * live document it would leave the paragraph behind, half an update.
 */
export function throwingUpdate(client = 424_242): Uint8Array {
  const text = POISON_TEXT;
  return update(client, 0, [
    paragraphIn(inRoot("default")),
    xmlTextIn(inItem(client, 0)),
    textIn(inItem(client, 1), text),
    textAfter(client, 1_000, "wijst naar niets"),
  ]);
}

/**
 * A paragraph placed after a struct of another client that does not exist. Yjs does not throw: it
 * keeps the struct pending, to integrate whenever that client's clock 7 arrives.
 */
export function incompleteUpdate(client = 434_343, missingClient = 999_999): Uint8Array {
  return update(client, 0, [textAfter(missingClient, 7, "wacht op iets dat nooit komt")]);
}
