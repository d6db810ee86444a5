import type { Server as HttpServer } from "node:http";
import { randomUUID } from "node:crypto";
import { Server } from "socket.io";
import type { Logger } from "../logger";
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from "../../shared/events";
import { LIMITS } from "../../shared/validations";
import { APP_VERSION } from "../../shared/version";

export type GreychairIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** Socket.IO on the same HTTP server and origin as the API (no CORS). */
export function createSocketServer(httpServer: HttpServer, logger: Logger): GreychairIo {
  const io: GreychairIo = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: LIMITS.socketMessageBytes,
    cors: undefined,
  });
  io.on("connection", (socket) => {
    socket.data.requestId = randomUUID();
    logger.debug({ socket: socket.id }, "socket connected");
    socket.emit("server.hello", { version: APP_VERSION, serverTime: new Date().toISOString() });
    socket.on("system.ping", (ack) => {
      if (typeof ack === "function") ack({ ok: true, serverTime: new Date().toISOString() });
    });
  });
  return io;
}
