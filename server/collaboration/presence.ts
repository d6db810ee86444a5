import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import { DOCUMENT_LIMITS } from "../../shared/documents";
import { personColour } from "../../shared/personColours";
import { User } from "../models/User";
import type { ServedDocument } from "./servedDocument";
import type { Connection } from "./types";

/** Who a connection is, as every awareness state it sends will say. */
export interface AwarenessIdentity {
  id: string;
  name: string;
  color: string;
}

export async function identityOf(userId: string): Promise<AwarenessIdentity> {
  const user = await User.findById(userId, { name: 1 }).lean();
  return { id: userId, name: user?.name ?? "", color: personColour(userId) };
}

/**
 * Rewrites an awareness update (y-protocols: count, then client id, clock and JSON state per
 * entry) from one connection before the server applies and relays it: entries for client ids the
 * connection may not speak for are dropped, and every state's `user` is replaced by the
 * connection's identity, whatever the browser claimed. Returns the rewritten update and the client
 * ids it speaks for, or null when nothing is left. Throws on a malformed update.
 */
function bindAwareness(update: Uint8Array, identity: AwarenessIdentity, mayUse: (clientId: number) => boolean): { bytes: Uint8Array; clients: number[] } | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: Array<{ clientId: number; clock: number; state: unknown }> = [];
  for (let i = 0; i < count; i++) {
    entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: JSON.parse(decoding.readVarString(decoder)) });
  }
  if (decoding.hasContent(decoder)) throw new Error("trailing bytes");
  const kept = entries
    .filter(({ state }) => state === null || (typeof state === "object" && !Array.isArray(state)))
    .filter(({ clientId }) => mayUse(clientId))
    .map(({ clientId, clock, state }) => ({ clientId, clock, state: state === null ? null : { ...(state as Record<string, unknown>), user: { ...identity } } }));
  if (kept.length === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return { bytes: encoding.toUint8Array(encoder), clients: kept.map((entry) => entry.clientId) };
}

/**
 * Applies an awareness update from a connection to the document's awareness, bound to its
 * identity, and returns what to relay to the others (null: nothing). A connection speaks only for
 * the client ids it announced first, or that another connection of the same user announced (a
 * reconnection racing the old socket's departure). Returns the client ids it changed (null:
 * none), to relay. Throws on a malformed update.
 */
export function receiveAwareness(doc: ServedDocument, connection: Connection, update: Uint8Array): number[] | null {
  const bound = bindAwareness(update, connection.identity, (clientId) => claim(doc, connection, clientId));
  if (!bound) return null;
  applyAwarenessUpdate(doc.awareness, bound.bytes, connection.socket.id);
  return bound.clients;
}

/** Removes a departing connection's states; returns the update telling the others, if any. */
export function releaseAwareness(doc: ServedDocument, connection: Connection): Uint8Array | null {
  const ids = [...connection.awarenessClients];
  if (ids.length === 0) return null;
  for (const id of ids) if (doc.awarenessOwners.get(id) === connection) doc.awarenessOwners.delete(id);
  removeAwarenessStates(doc.awareness, ids, connection.socket.id);
  return encodeAwarenessUpdate(doc.awareness, ids);
}

function claim(doc: ServedDocument, connection: Connection, clientId: number): boolean {
  const owner = doc.awarenessOwners.get(clientId);
  if (owner === connection) return true;
  if (owner && owner.userId !== connection.userId) return false;
  if (connection.awarenessClients.size >= DOCUMENT_LIMITS.awarenessClientsPerConnection) return false;
  owner?.awarenessClients.delete(clientId);
  doc.awarenessOwners.set(clientId, connection);
  connection.awarenessClients.add(clientId);
  return true;
}
