import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Request, RequestHandler } from "express";
import type { Config } from "../config";
import { HttpError } from "../errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
export const CSRF_HEADER = "x-csrf-token";

/** The session's synchronizer token, created on first use. */
export function csrfTokenFor(req: Request): string {
  req.session.csrfToken ??= randomBytes(32).toString("base64url");
  return req.session.csrfToken;
}

const csrfInvalid = () => new HttpError(403, "csrf_invalid", "The request could not be verified; reload the page and try again");

/**
 * Every state-changing API request must come from our own origin (Origin, or Referer when a
 * browser omits Origin) and carry the session's token in X-CSRF-Token.
 */
export function csrfProtection(config: Config): RequestHandler {
  const configuredOrigin = config.publicUrl ? new URL(config.publicUrl).origin : undefined;
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const expectedOrigin = configuredOrigin ?? `${req.protocol}://${req.get("host")}`;
    if (requestOrigin(req) !== expectedOrigin) return next(csrfInvalid());
    const sent = req.get(CSRF_HEADER) ?? "";
    const stored = req.session?.csrfToken ?? "";
    if (!stored || !sameString(sent, stored)) return next(csrfInvalid());
    next();
  };
}

function requestOrigin(req: Request): string | undefined {
  const origin = req.get("origin");
  if (origin && origin !== "null") return origin;
  const referer = req.get("referer");
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

function sameString(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
