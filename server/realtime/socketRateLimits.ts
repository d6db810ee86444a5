import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { ClientToServerEvents, RateLimitedEventClass } from "../../shared/events";
import type { GreychairSocket } from "./socketServer";

/**
 * Token buckets per socket and per user, per event class, checked in memory before any handler
 * runs (so before any database work). Each bucket refills at `perSecond` and holds `burst` more
 * for a short peak (rate-limiter-flexible's BurstyRateLimiter: a steady limiter plus a burst
 * allowance over 10 s). A user's bucket is three sockets' worth: a few tabs at full speed.
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

function bucket(prefix: string, perSecond: number, burst: number): BurstyRateLimiter {
  return new BurstyRateLimiter(
    new RateLimiterMemory({ keyPrefix: `${prefix}:rate`, points: perSecond, duration: 1 }),
    new RateLimiterMemory({ keyPrefix: `${prefix}:burst`, points: burst, duration: 10 }),
  );
}

const classes = Object.keys(EVENT_CLASSES) as RateLimitedEventClass[];

/**
 * The buckets of one Socket.IO server (in memory: one process; each server, e.g. each test server,
 * has its own).
 */
export class SocketRateLimits {
  private readonly perSocket = Object.fromEntries(classes.map((c) => [c, bucket(`socket:${c}`, EVENT_CLASSES[c].perSecond, EVENT_CLASSES[c].burst)]));
  private readonly perUser = Object.fromEntries(
    classes.map((c) => [c, bucket(`user:${c}`, EVENT_CLASSES[c].perSecond * USER_SHARE, EVENT_CLASSES[c].burst * USER_SHARE)]),
  );
  private readonly refusals = new RateLimiterMemory({ keyPrefix: "socket:refusals", points: REFUSALS_BEFORE_DISCONNECT, duration: 10 });
  /**
   * Handshakes: per client address before the session is read (the cost before the limiter is then
   * one in-memory count), and per user after it. Behind a reverse proxy every connection has the
   * proxy's address, so the address bucket is sized as a ceiling on handshake work, not per person.
   */
  private readonly handshakesPerAddress = bucket("handshake:address", 20, 300);
  private readonly handshakesPerUser = bucket("handshake:user", 2, 60);
  private readonly floodBlocks = new RateLimiterMemory({ keyPrefix: "handshake:blocked", points: 1, duration: FLOOD_BLOCK_S });

  /** Consumes one token from both buckets; the wait in ms when either is empty, otherwise 0. */
  private async take(eventClass: RateLimitedEventClass, socketId: string, userId: string): Promise<number> {
    try {
      await this.perSocket[eventClass]!.consume(socketId);
      await this.perUser[eventClass]!.consume(userId);
      return 0;
    } catch (refused) {
      if (refused instanceof RateLimiterRes) return Math.max(refused.msBeforeNext, 1);
      throw refused;
    }
  }

  /**
   * Installs the limits on one socket, as its first middleware. Packets are checked one after the
   * other (a chain per socket), so the handlers see them in the order they arrived. Unknown events
   * count as "normal". A socket past REFUSALS_BEFORE_DISCONNECT is handed to `onFlood`.
   */
  limitEvents(socket: GreychairSocket, onFlood: (socket: GreychairSocket) => void): void {
    let chain = Promise.resolve();
    let lastWarning = 0;
    socket.use((packet, next) => {
      const [event] = packet;
      const eventClass = EVENT_CLASS[event as keyof ClientToServerEvents] ?? "normal";
      chain = chain.then(async () => {
        const waitMs = await this.take(eventClass, socket.id, socket.data.userId);
        if (waitMs === 0) return next();
        const ack = packet[packet.length - 1];
        const retryAfterMs = Math.ceil(waitMs);
        if (typeof ack === "function") ack({ ok: false, code: "rate_limited", retryAfterMs });
        if (Date.now() - lastWarning >= WARNING_SPACING_MS) {
          lastWarning = Date.now();
          socket.emit("system.rate_limited", { eventClass, retryAfterMs });
        }
        const withinAllowance = await this.refusals.consume(socket.id).then(() => true, () => false);
        if (!withinAllowance && socket.connected) onFlood(socket);
      }).catch(() => {});
    });
  }

  handshakeAllowedFrom(address: string): Promise<boolean> {
    return this.handshakesPerAddress.consume(address || "unknown").then(() => true, () => false);
  }

  async handshakeAllowedFor(userId: string): Promise<boolean> {
    const blocked = await this.floodBlocks.get(userId);
    if (blocked && blocked.consumedPoints > this.floodBlocks.points) return false;
    return this.handshakesPerUser.consume(userId).then(() => true, () => false);
  }

  /** A flooding user's new connections are refused for a while (the client backs off and retries). */
  blockHandshakesFor(userId: string): void {
    void this.floodBlocks.block(userId, FLOOD_BLOCK_S);
  }
}
