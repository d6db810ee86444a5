import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../shared/events";

let socket: Socket<ServerToClientEvents, ClientToServerEvents> | null = null;

/**
 * The one Socket.IO connection of this tab, shared by every area (documents, meetings). Same
 * origin, so the session cookie authenticates the handshake; created on first use and reconnecting
 * by itself after network or server interruptions.
 */
export function getSocket(): Socket<ServerToClientEvents, ClientToServerEvents> {
  socket ??= io({ withCredentials: true, transports: ["websocket", "polling"] });
  return socket;
}
