import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler, Request } from "express";
import { sessionStage } from "../auth/twoFactorRules";
import { can } from "../policies";
import type { SocketRateLimits } from "./socketRateLimits";
import type { GreychairIo } from "./socketServer";

type EngineMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** Express middlewares run only on the handshake request, not on every polling request. */
function onlyForHandshake(middleware: RequestHandler): EngineMiddleware {
  return (req, res, next) => {
    const isHandshake = (req as IncomingMessage & { _query?: { sid?: string } })._query?.sid === undefined;
    if (!isHandshake) return next();
    middleware(req as Request, res as never, next);
  };
}

/**
 * Engine.io keeps the handshake request for as long as the connection lives; once the socket is
 * accepted, what it needs is in socket.data, so the request lets go of the user (a mongoose
 * document), the session and the response the session middleware wrapped: with hundreds of open
 * sockets that is memory held for nothing. A stale copy of them can then never be read either.
 */
function releaseHandshake(req: Request): void {
  const held = req as unknown as Record<string, unknown>;
  for (const key of ["user", "session", "sessionStore", "_passport", "res"]) delete held[key];
}

/**
 * The handshake uses the same session cookie as HTTP: express-session and passport run on it, and a
 * connection is accepted only for a fully signed-in user from our own origin. Each socket then joins
 * rooms for its user and its session, so revocations can reach it.
 */
export function useSessionAuthentication(io: GreychairIo, middlewares: RequestHandler[], allowedOrigin: (req: IncomingMessage) => string, limits: SocketRateLimits): void {
  // Before the session is read from the database: a bounded number of handshakes per client address.
  io.engine.use(
    onlyForHandshake((req, _res, next) => {
      next(limits.handshakeAllowedFrom(req.socket.remoteAddress ?? "") ? undefined : new Error("rate_limited"));
    }),
  );
  for (const middleware of middlewares) io.engine.use(onlyForHandshake(middleware));
  io.use((socket, next) => {
    const req = socket.request as Request;
    const origin = req.headers.origin;
    if (!origin || origin !== allowedOrigin(req)) return next(new Error("forbidden_origin"));
    const accept = (user: NonNullable<Request["user"]>) => {
      socket.data.userId = user.id;
      socket.data.role = user.role;
      socket.data.sessionId = req.sessionID;
      void socket.join([`user:${user.id}`, `session:${req.sessionID}`]);
      releaseHandshake(req);
      next();
    };
    sessionStage(req)
      .then(async (stage) => {
        const user = req.user;
        if (!user || !can(user, "realtime.connect", { stage, accessUntil: user.accessUntil ?? null })) return next(new Error("unauthorized"));
        // And a bounded number per user (a flooding user's new connections wait a while).
        if (!limits.handshakeAllowedFor(user.id)) return next(new Error("rate_limited"));
        accept(user);
      })
      .catch(() => next(new Error("unauthorized")));
  });
}
