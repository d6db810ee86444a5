import type { Request } from "express";

/** PUBLIC_URL when set (links must point where users reach us), otherwise the request's own origin. */
export function publicBaseUrl(req: Request): string {
  return (req.app.locals.publicUrl as string | undefined) ?? `${req.protocol}://${req.get("host")}`;
}
