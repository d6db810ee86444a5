/**
 * Typed Socket.IO event maps, named resource.action. Rooms are "<kind>:<id>" and are joined only
 * after the session has been checked.
 */

import type { PresentedAgenda, PresentedAgendaChange, PresentedAttendance, PresentedDecision, PresentedLiveState } from "./meetingTypes";
import type { AgendaOperation, ProposalInput } from "./schemas/meetings";
import type { DecisionInput } from "./schemas/decisions";
import type { PresentedNotification } from "./notificationTypes";
import type { CommentTargetRef } from "./comments";
import type { PersonRef } from "./meetingTypes";

export interface ServerToClientEvents {
  /** Sent once after the connection is accepted. */
  "server.hello": (payload: { version: string; serverTime: string }) => void;
  /**
   * This connection sent more events of this class than its limit allows: they were refused (their
   * acknowledgements, if any, say { ok: false, code: "rate_limited", retryAfterMs }). A socket that
   * keeps going is disconnected. Sent at most once a second.
   */
  "system.rate_limited": (payload: { eventClass: RateLimitedEventClass; retryAfterMs: number }) => void;
  /** A y-protocols sync message (step 1, step 2 or update) for a joined document. */
  "doc.sync": (payload: DocMessage) => void;
  /**
   * Others' updates to a joined document, relayed to everyone editing it: a y-protocols update
   * message in base64 (shared/relayMessages.ts). A text event, so Socket.IO frames it once for all
   * its receivers; a binary one is two frames built again for each receiver.
   */
  "doc.relay": (payload: DocRelay) => void;
  /**
   * A y-protocols awareness update (cursors, names) for a joined document, in base64 like doc.relay
   * (a text event, framed once for all receivers). Every state carries `user: { id, name, color }`
   * as the server set it from the sender's session, whatever they sent.
   */
  "doc.awareness": (payload: DocAwarenessRelay) => void;
  /** This socket's right to edit a joined document changed (e.g. the document was archived). */
  "doc.access": (payload: { documentId: string; readOnly: boolean }) => void;
  /** The server stopped serving this document to this socket (access lost, store failed, deleted). */
  "doc.closed": (payload: { documentId: string; code: string }) => void;
  /**
   * Someone restored an old version of a joined document (only to sockets reading its live draft):
   * the text they see has just been replaced, and the editor says by whom and which version.
   */
  "doc.restored": (payload: DocRestoredNotice) => void;
  /** Meetings: the server's agenda after a change (every client shows it; older versions are dropped). */
  "agenda.updated": (payload: { agenda: PresentedAgenda; change: PresentedAgendaChange | null }) => void;
  /** Meetings: the current item and timer changed. */
  "meeting.live": (payload: PresentedLiveState) => void;
  /** Meetings: attendance changed. */
  "attendance.updated": (payload: PresentedAttendance) => void;
  /** Meetings: details, decisions/actions or proposals changed; the client reloads that part. */
  "meeting.changed": (payload: { meetingId: string; what: "details" | "records" | "proposals" }) => void;
  /**
   * Comments (room of the target: document:<id> or meeting:<id>): a thread was started, replied to,
   * edited, deleted, resolved or reopened. Ids only; the client reloads GET /api/comments.
   */
  "comment.changed": (payload: { target: CommentTargetRef; threadId: string }) => void;
  /** Notifications (room user:<id>): a new one for this user, as the notification centre shows it, and the new unread count. */
  "notification.created": (payload: { notification: PresentedNotification; unreadCount: number }) => void;
  /** Notifications (room user:<id>): some (ids) or all were marked read, here or in another tab. */
  "notification.read": (payload: { ids: string[] | "all"; unreadCount: number }) => void;
  /** Mentions in a document's text (room user:<id>, to whoever wrote them): these people cannot read the document and were not told. */
  "mention.unreachable": (payload: { documentId: string; people: PersonRef[] }) => void;
}

export interface ClientToServerEvents {
  /** Round-trip check used by the client's connection indicator. */
  "system.ping": (ack: (reply: { ok: true; serverTime: string } | RateLimitedReply) => void) => void;
  /**
   * Join a document's collaboration room. Answered once the document is fully loaded; the server
   * then sends its sync step 1 and the current awareness states. With the client's Yjs state
   * vector, also its sync step 2 for it (what the client lacks), so the client need not send a
   * step 1 of its own and wait for the answer.
   */
  "doc.join": (payload: { documentId: string; stateVector?: Uint8Array }, ack: (reply: DocJoinReply) => void) => void;
  "doc.leave": (payload: { documentId: string }) => void;
  /**
   * A y-protocols sync message. For updates (and step 2), the ack comes only after the update is
   * stored durably; a refused one is neither stored nor applied nor relayed (codes: DocAckCode).
   */
  "doc.sync": (payload: DocMessage, ack?: (reply: DocAck) => void) => void;
  "doc.awareness": (payload: DocAwareness) => void;
  /** Meetings: join a meeting's room (if the user may see it); the reply carries the current state. */
  "meeting.join": (payload: { meetingId: string }, ack: (reply: MeetingJoinReply) => void) => void;
  "meeting.leave": (payload: { meetingId: string }) => void;
  /** Meetings: one agenda operation (shared/schemas/meetings.ts), applied by the server in arrival order. */
  "agenda.apply": (payload: { meetingId: string; operation: AgendaOperation }, ack: (reply: MeetingAck<{ version: number }>) => void) => void;
  "agenda.propose": (payload: { meetingId: string; proposal: ProposalInput }, ack: (reply: MeetingAck<{ proposalId: string }>) => void) => void;
  "meeting.setCurrentItem": (payload: { meetingId: string; itemId: string | null }, ack: (reply: MeetingAck<{ live: PresentedLiveState }>) => void) => void;
  "meeting.timer": (payload: { meetingId: string; action: "start" | "pause" | "reset" }, ack: (reply: MeetingAck<{ live: PresentedLiveState }>) => void) => void;
  /** Meetings: record a decision; refused with code victim_note_required without the victim note. */
  "decision.record": (payload: { meetingId: string; decision: DecisionInput }, ack: (reply: MeetingAck<{ decision: PresentedDecision }>) => void) => void;
}

export interface InterServerEvents {}

/** Rate-limit classes of client events (server/realtime/socketRateLimits.ts). */
export type RateLimitedEventClass = "cheap" | "normal" | "expensive" | "sync" | "awareness";
/** The acknowledgement of an event refused by the rate limit. */
export type RateLimitedReply = { ok: false; code: "rate_limited"; retryAfterMs: number };

/** Set by the handshake's session check (server/realtime/socketAuth.ts). */
export interface SocketData {
  userId: string;
  role: string;
  sessionId: string;
}

export interface DocRestoredNotice {
  documentId: string;
  by: { id: string; name: string };
  /** The version restored: its number in the history (1 = the oldest) and its name, if it has one. */
  version: { id: string; number: number; name: string | null };
  at: string;
}

export interface DocMessage {
  documentId: string;
  message: Uint8Array;
}

export interface DocRelay {
  documentId: string;
  /** A y-protocols sync message, base64. */
  message: string;
}

export interface DocAwareness {
  documentId: string;
  update: Uint8Array;
}

export interface DocAwarenessRelay {
  documentId: string;
  /** A y-protocols awareness update, base64 (shared/relayMessages.ts). */
  update: string;
}

export type DocJoinReply = { ok: true; readOnly: boolean } | { ok: false; code: string };
export type DocAck = { ok: true } | { ok: false; code: DocAckCode | (string & {}) };

/**
 * Why the server refused a sync message:
 * - `read_only`: this user may not edit the document (dropped, audited once);
 * - `invalid_message`: not a y-protocols message, or too large;
 * - `invalid_update`: a well-formed Yjs update that cannot be applied (it references structure
 *   that does not exist); audited. The sender's copy differs from the server's: resync, and give
 *   up on this copy if its full state is refused too;
 * - `out_of_sync`: the update depends on changes the server does not have (typically an earlier
 *   update of the same sender that was refused); resync;
 * - `busy`: the document has too many updates waiting for storage; retry later (with backoff);
 * - `store_failed`: storing failed or timed out; the document is closed (doc.closed);
 * - `not_joined`, `server_error`.
 */
export type DocAckCode = "read_only" | "invalid_message" | "invalid_update" | "out_of_sync" | "busy" | "store_failed" | "not_joined" | "server_error";

export type MeetingJoinReply = { ok: true; agenda: PresentedAgenda; live: PresentedLiveState } | { ok: false; code: string };
/** A meeting event's answer: what it produced, or a problem code (and field issues, for invalid input). */
export type MeetingAck<T> = ({ ok: true } & T) | { ok: false; code: string; message?: string; issues?: { path: string; message: string }[] };
