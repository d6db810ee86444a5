import type { ClientToServerEvents, RateLimitedEventClass } from "../../shared/events";
import type { GreychairSocket } from "./socketServer";
import { TokenBuckets } from "./tokenBuckets";

/**
 * Token buckets per socket and per user, per event class, checked in memory before any handler
 * runs (so before any database work; synchronously, see tokenBuckets.ts). Each bucket holds
 * `perSecond + burst` (a short peak may spend the burst at once) and refills at `perSecond` plus a
 * tenth of the burst a second. A user's
 * bucket is three sockets' worth: a few tabs at full speed.
 *
 * The document classes are generous on purpose: a fast typist sends one doc.sync and one
 * doc.awareness per keystroke (~15/s, ~30/s with key repeat), a paste is one message, an offline
 * catch-up is one step 2 per document, and a mouse-drag selection moves the cursor per frame (60/s).
 * bench/socketRates.ts measures what the real editor sends.
 */
export const EVENT_CLASSES = {
  /** Connection pings and leaving a room: nothing is loaded. */
  cheap: { perSecond: 10, burst: 60 },
  /** Joining, agenda edits, the live meeting controls: one meeting or document read, a small write. */
  normal: { perSecond: 5, burst: 40 },
  /** Decisions: audited writes that others act on. */
  expensive: { perSecond: 1, burst: 10 },
  /** Yjs sync messages: typing, pasting, catching up after being offline. */
  sync: { perSecond: 60, burst: 600 },
  /** Cursor and presence updates. */
  awareness: { perSecond: 60, burst: 600 },
} as const satisfies Record<RateLimitedEventClass, { perSecond: number; burst: number }>;

/** Every client event has a class: adding an event without one does not type-check. */
export const EVENT_CLASS: Record<keyof ClientToServerEvents, RateLimitedEventClass> = {
  "system.ping": "cheap",
  "doc.leave": "cheap",
  "meeting.leave": "cheap",
  "doc.join": "normal",
  "meeting.join": "normal",
  "agenda.apply": "normal",
  "agenda.propose": "normal",
  "meeting.setCurrentItem": "normal",
  "meeting.timer": "normal",
  "decision.record": "expensive",
  "doc.sync": "sync",
  "doc.awareness": "awareness",
};

const USER_SHARE = 3;
/**
 * Refused events a socket may send within 10 s before it is disconnected. A client that only
 * brushes a limit is refused and warned (system.rate_limited) and stays connected; a flood passes
 * this within milliseconds and is cut off, its user's new connections refused for FLOOD_BLOCK_S.
 */
export const REFUSALS_BEFORE_DISCONNECT = 50;
export const FLOOD_BLOCK_S = 10;
/** At most one system.rate_limited per socket per second: the warning must not become a flood itself. */
const WARNING_SPACING_MS = 1_000;

/**
 * A bucket that allows what rate-limiter-flexible's BurstyRateLimiter (used before) allowed:
 * `perSecond + burst` at once, and `perSecond` a second plus the burst again every 10 s.
 */
const bucket = (perSecond: number, burst: number) => new TokenBuckets(perSecond + burst, perSecond + burst / 10);

const classes = Object.keys(EVENT_CLASSES) as RateLimitedEventClass[];
const perClass = (share: number) =>
  Object.fromEntries(classes.map((c) => [c, bucket(EVENT_CLASSES[c].perSecond * share, EVENT_CLASSES[c].burst * share)])) as Record<RateLimitedEventClass, TokenBuckets>;

/**
 * The buckets of one Socket.IO server (in memory: one process; each server, e.g. each test server,
 * has its own).
 */
export class SocketRateLimits {
  private readonly perSocket = perClass(1);
  private readonly perUser = perClass(USER_SHARE);
  /** REFUSALS_BEFORE_DISCONNECT refusals a socket may collect, regained over 10 s. */
  private readonly refusals = new TokenBuckets(REFUSALS_BEFORE_DISCONNECT, REFUSALS_BEFORE_DISCONNECT / 10);
  /**
   * Handshakes: per client address before the session is read (the cost before the limiter is then
   * one in-memory count), and per user after it. Behind a reverse proxy every connection has the
   * proxy's address, so the address bucket is sized as a ceiling on handshake work, not per person.
   */
  private readonly handshakesPerAddress = bucket(20, 300);
  private readonly handshakesPerUser = bucket(2, 60);
  /** Users whose new connections are refused until this time (performance.now()). */
  private readonly floodBlocks = new Map<string, number>();

  /** Takes one token from both buckets; the wait in ms when either is empty, otherwise 0. */
  private take(eventClass: RateLimitedEventClass, socketId: string, userId: string): number {
    return this.perSocket[eventClass].take(socketId) || this.perUser[eventClass].take(userId);
  }

  /**
   * Installs the limits on one socket, as its first middleware. Packets are checked synchronously,
   * so the handlers see them in the order they arrived. Unknown events count as "normal". A socket past REFUSALS_BEFORE_DISCONNECT is handed to `onFlood`.
   */
  limitEvents(socket: GreychairSocket, onFlood: (socket: GreychairSocket) => void): void {
    let lastWarning = 0;
    socket.use((packet, next) => {
      const [event] = packet;
      const eventClass = EVENT_CLASS[event as keyof ClientToServerEvents] ?? "normal";
      const waitMs = this.take(eventClass, socket.id, socket.data.userId);
      if (waitMs === 0) return next();
      const ack = packet[packet.length - 1];
      if (typeof ack === "function") ack({ ok: false, code: "rate_limited", retryAfterMs: waitMs });
      if (Date.now() - lastWarning >= WARNING_SPACING_MS) {
        lastWarning = Date.now();
        socket.emit("system.rate_limited", { eventClass, retryAfterMs: waitMs });
      }
      if (this.refusals.take(socket.id) !== 0 && socket.connected) onFlood(socket);
    });
    socket.once("disconnect", () => {
      for (const c of classes) this.perSocket[c].forget(socket.id);
      this.refusals.forget(socket.id);
    });
  }

  handshakeAllowedFrom(address: string): boolean {
    return this.handshakesPerAddress.take(address || "unknown") === 0;
  }

  handshakeAllowedFor(userId: string): boolean {
    const blockedUntil = this.floodBlocks.get(userId);
    if (blockedUntil !== undefined) {
      if (performance.now() < blockedUntil) return false;
      this.floodBlocks.delete(userId);
    }
    return this.handshakesPerUser.take(userId) === 0;
  }

  /** A flooding user's new connections are refused for a while (the client backs off and retries). */
  blockHandshakesFor(userId: string): void {
    this.floodBlocks.set(userId, performance.now() + FLOOD_BLOCK_S * 1000);
  }
}
