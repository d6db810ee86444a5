import type { Server as HttpServer } from "node:http";
import type { RequestHandler } from "express";
import { Server, type Socket } from "socket.io";
import type { Logger } from "../logger";
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from "../../shared/events";
import { LIMITS } from "../../shared/validations";
import { APP_VERSION } from "../../shared/version";
import { coalesceWrites } from "./coalescedWrites";
import { startSessionGuard } from "./sessionGuard";
import { useSessionAuthentication } from "./socketAuth";
import { registerMeetingHandlers } from "./meetingHandlers";
import { SocketRateLimits } from "./socketRateLimits";
import { registerSystemHandlers } from "./systemHandlers";

const HANDLERS: Array<(io: GreychairIo, socket: GreychairSocket) => void> = [registerSystemHandlers, registerMeetingHandlers];

export type GreychairIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type GreychairSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export type HandlerRegistration = (io: GreychairIo, socket: GreychairSocket) => void;

export interface SocketServerOptions {
  sessionMiddlewares: RequestHandler[];
  /** Handlers that need state created with the server (e.g. the collaboration hub). */
  handlers?: HandlerRegistration[];
  allowedOrigin: Parameters<typeof useSessionAuthentication>[2];
}

/** Socket.IO on the same HTTP server and origin as the API (no CORS), for signed-in users only. */
export function createSocketServer(httpServer: HttpServer, logger: Logger, options: SocketServerOptions): { io: GreychairIo; stop(): void } {
  const io: GreychairIo = new Server(httpServer, { serveClient: false, maxHttpBufferSize: LIMITS.socketMessageBytes });
  // Each event (a binary one is two frames) goes out in one TCP write.
  io.engine.on("connection", coalesceWrites);
  const limits = new SocketRateLimits();
  useSessionAuthentication(io, options.sessionMiddlewares, options.allowedOrigin, limits);
  const stopGuard = startSessionGuard(io);

  io.on("connection", (socket) => {
    logger.debug({ socket: socket.id, user: socket.data.userId }, "socket connected");
    // First of all: the rate limits, before any handler (and so before any database work).
    limits.limitEvents(socket, (flooding) => {
      logger.warn({ socket: flooding.id, user: flooding.data.userId }, "socket disconnected for flooding");
      limits.blockHandshakesFor(flooding.data.userId);
      flooding.disconnect(true);
    });
    socket.emit("server.hello", { version: APP_VERSION, serverTime: new Date().toISOString() });
    // One register function per area; each handler asks the policy module through on().
    for (const register of [...HANDLERS, ...(options.handlers ?? [])]) register(io, socket);
  });
  return { io, stop: stopGuard };
}
