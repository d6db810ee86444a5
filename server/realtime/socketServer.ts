import type { Server as HttpServer } from "node:http";
import type { RequestHandler } from "express";
import { Server, type Socket } from "socket.io";
import type { Logger } from "../logger";
import { can, type Action } from "../policies";
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from "../../shared/events";
import { LIMITS } from "../../shared/validations";
import { APP_VERSION } from "../../shared/version";
import { startSessionGuard } from "./sessionGuard";
import { useSessionAuthentication } from "./socketAuth";

export type GreychairIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type GreychairSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export interface SocketServerOptions {
  sessionMiddlewares: RequestHandler[];
  allowedOrigin: Parameters<typeof useSessionAuthentication>[2];
}

/** Socket.IO on the same HTTP server and origin as the API (no CORS), for signed-in users only. */
export function createSocketServer(httpServer: HttpServer, logger: Logger, options: SocketServerOptions): { io: GreychairIo; stop(): void } {
  const io: GreychairIo = new Server(httpServer, { serveClient: false, maxHttpBufferSize: LIMITS.socketMessageBytes });
  useSessionAuthentication(io, options.sessionMiddlewares, options.allowedOrigin);
  const stopGuard = startSessionGuard(io);

  io.on("connection", (socket) => {
    logger.debug({ socket: socket.id, user: socket.data.userId }, "socket connected");
    socket.emit("server.hello", { version: APP_VERSION, serverTime: new Date().toISOString() });
    on(socket, "system.ping", "realtime.connect", (ack) => {
      if (typeof ack === "function") ack({ ok: true, serverTime: new Date().toISOString() });
    });
  });
  return { io, stop: stopGuard };
}

/** Registers an event handler that first asks the policy module; refused events are dropped. */
export function on<E extends keyof ClientToServerEvents>(
  socket: GreychairSocket,
  event: E,
  action: Action,
  handler: ClientToServerEvents[E],
): void {
  socket.on(event, ((...args: unknown[]) => {
    const actor = { id: socket.data.userId, role: socket.data.role as never, active: true };
    if (!can(actor, action)) return;
    (handler as (...a: unknown[]) => void)(...args);
  }) as never);
}
