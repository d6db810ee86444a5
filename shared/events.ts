/**
 * Typed Socket.IO event maps, named resource.action. Rooms are "<kind>:<id>" and are joined only
 * after the session has been checked.
 */


export interface ServerToClientEvents {
  /** Sent once after the connection is accepted. */
  "server.hello": (payload: { version: string; serverTime: string }) => void;
  /** A y-protocols sync message (step 1, step 2 or update) for a joined document. */
  "doc.sync": (payload: DocMessage) => void;
  /** A y-protocols awareness update (cursors, names) for a joined document. */
  "doc.awareness": (payload: DocAwareness) => void;
  /** The server stopped serving this document to this socket (access lost, store failed, deleted). */
  "doc.closed": (payload: { documentId: string; code: string }) => void;
}

export interface ClientToServerEvents {
  /** Round-trip check used by the client's connection indicator. */
  "system.ping": (ack: (reply: { ok: true; serverTime: string }) => void) => void;
  /**
   * Join a document's collaboration room. Answered once the document is fully loaded; the server
   * then sends its sync step 1 and the current awareness states.
   */
  "doc.join": (payload: { documentId: string }, ack: (reply: DocJoinReply) => void) => void;
  "doc.leave": (payload: { documentId: string }) => void;
  /**
   * A y-protocols sync message. For updates (and step 2), the ack comes only after the update is
   * stored durably; a read-only user's updates are refused ({ ok: false, code: "read_only" }).
   */
  "doc.sync": (payload: DocMessage, ack?: (reply: DocAck) => void) => void;
  "doc.awareness": (payload: DocAwareness) => void;
}

export interface InterServerEvents {}

/** Set by the handshake's session check (server/realtime/socketAuth.ts). */
export interface SocketData {
  userId: string;
  role: string;
  sessionId: string;
}

export interface DocMessage {
  documentId: string;
  message: Uint8Array;
}

export interface DocAwareness {
  documentId: string;
  update: Uint8Array;
}

export type DocJoinReply = { ok: true; readOnly: boolean } | { ok: false; code: string };
export type DocAck = { ok: true } | { ok: false; code: string };

