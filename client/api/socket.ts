import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../shared/events";
import { onSessionState } from "./http";

let socket: Socket<ServerToClientEvents, ClientToServerEvents> | null = null;
let limitedUntil = 0;

/** The server cuts off a connection that keeps going over its limits and refuses it for about this long. */
const FLOOD_PAUSE_MS = 12_000;

/** Whether the server refused some of this tab's events for sending too many (system.rate_limited). */
export const rateLimitedNow = () => Date.now() < limitedUntil;

/**
 * The one Socket.IO connection of this tab, shared by every area (documents, meetings). Same
 * origin, so the session cookie authenticates the handshake; created on first use and reconnecting
 * by itself after network or server interruptions. After a disconnect for sending too much, it
 * connects again once the server's pause is over (a server disconnect otherwise stays closed).
 */
export function getSocket(): Socket<ServerToClientEvents, ClientToServerEvents> {
  if (socket) return socket;
  const created = io({ withCredentials: true, transports: ["websocket", "polling"] });
  created.on("system.rate_limited", ({ retryAfterMs }) => (limitedUntil = Date.now() + Math.max(retryAfterMs, 1_000)));
  created.on("disconnect", (reason) => {
    if (reason === "io server disconnect" && rateLimitedNow()) {
      limitedUntil = Date.now() + FLOOD_PAUSE_MS;
      setTimeout(() => created.connect(), FLOOD_PAUSE_MS);
    }
  });
  // The handshake carries the session cookie once: when someone else signs in (or out) in this tab,
  // connect again as them, so the previous person's notifications and rooms never reach the next.
  let identity: string | null = null;
  onSessionState((session) => {
    const next = `${session.stage}:${session.account?.id ?? ""}`;
    if (identity !== null && identity !== next) {
      created.disconnect();
      if (session.stage !== "anonymous") created.connect();
    }
    identity = next;
  });
  socket = created;
  return socket;
}
