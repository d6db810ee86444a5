import type { RequestHandler } from "express";
import session from "express-session";
import type { Config } from "../config";
import { ACCOUNT_LIMITS } from "../../shared/validations";
import type { MongooseSessionStore } from "./sessionStore";

export const SESSION_COOKIE = "greychair.sid";
export const IDLE_TIMEOUT_MS = ACCOUNT_LIMITS.idleTimeoutMinutes * 60_000;
export const ABSOLUTE_TIMEOUT_MS = ACCOUNT_LIMITS.absoluteTimeoutHours * 3_600_000;

/** Cookie sessions stored in the database: httpOnly, SameSite=Lax, Secure behind HTTPS, 30 minutes idle. */
export function createSessionMiddleware(config: Config, store: MongooseSessionStore): RequestHandler {
  return session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store,
    resave: false,
    saveUninitialized: false,
    // The cookie is re-sent with every response (its Expires moves on), while the store moves the
    // stored deadline at most once a minute (MongooseSessionStore.touch): they agree within a minute.
    rolling: true,
    unset: "destroy",
    proxy: config.trustProxy !== false,
    cookie: {
      httpOnly: true,
      sameSite: "lax",
      secure: config.publicUrl?.startsWith("https://") ?? false,
      maxAge: IDLE_TIMEOUT_MS,
      path: "/",
    },
  });
}

/**
 * Ends sessions older than the absolute limit (whatever their activity) and records who the
 * session belongs to (IP, user agent) for the "my sessions" list.
 */
export const enforceSessionLifetime: RequestHandler = (req, _res, next) => {
  const meta = req.session.meta;
  if (meta && Date.now() - meta.createdAt > ABSOLUTE_TIMEOUT_MS) {
    req.session.regenerate((error) => next(error));
    return;
  }
  next();
};

/** Fresh metadata for a session that has just been (re)generated. */
export function stampSession(req: Parameters<RequestHandler>[0]): void {
  req.session.meta = { createdAt: Date.now(), ip: req.ip ?? "", userAgent: (req.get("user-agent") ?? "").slice(0, 300) };
}
