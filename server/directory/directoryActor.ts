import type { Request } from "express";
import { currentUser } from "../middlewares/authenticate";
import type { Actor } from "../policies";

/**
 * Who acts in the directory: the policy reads the organisation and the observer's grant beside the
 * role, the audit log the name and address.
 */
export interface DirectoryActor extends Actor {
  name: string;
  organisationId: string | null;
  directoryPeopleUntil: Date | null;
  ip: string;
}

export function directoryActor(req: Request): DirectoryActor {
  const user = currentUser(req);
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    active: user.active,
    organisationId: user.organisationId ? String(user.organisationId) : null,
    directoryPeopleUntil: user.directoryPeopleUntil ?? null,
    ip: req.ip ?? "",
  };
}

export const directoryAudit = (actor: DirectoryActor) => ({ actor: { id: actor.id, name: actor.name }, ip: actor.ip });
