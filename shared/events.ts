/**
 * Typed Socket.IO event maps, named resource.action. Rooms are "<kind>:<id>" and are joined only
 * after the session has been checked.
 */

export interface ServerToClientEvents {
  /** Sent once after the connection is accepted. */
  "server.hello": (payload: { version: string; serverTime: string }) => void;
}

export interface ClientToServerEvents {
  /** Round-trip check used by the client's connection indicator. */
  "system.ping": (ack: (reply: { ok: true; serverTime: string }) => void) => void;
}

export interface InterServerEvents {}

/** Set by the handshake's session check (server/realtime/socketAuth.ts). */
export interface SocketData {
  userId: string;
  role: string;
  sessionId: string;
}
