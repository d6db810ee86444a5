import type { Request } from "express";
import type { UserDocument } from "../models/User";
import { stampSession } from "./sessionMiddleware";

/** passport's req.login, which regenerates the session id (no fixation), as a promise. */
export async function signIn(req: Request, user: UserDocument): Promise<void> {
  await new Promise<void>((resolve, reject) => req.login(user, (error) => (error ? reject(error) : resolve())));
  stampSession(req);
  user.lastSignInAt = new Date();
  await user.save();
}

/** A fresh session id with nothing in it, e.g. between the password and the second factor. */
export function regenerateSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((error) => (error ? reject(error) : resolve())));
}

export function destroySession(req: Request): Promise<void> {
  return new Promise((resolve) => req.session.destroy(() => resolve()));
}

/** Who did it and from where, for the audit log. */
export function auditContext(req: Request): { actor: { id: string; name: string } | null; ip: string } {
  return { actor: req.user ? { id: req.user.id, name: req.user.name } : null, ip: req.ip ?? "" };
}
