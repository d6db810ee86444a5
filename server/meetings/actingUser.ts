import type { Role } from "../../shared/domain";

/** Who does something, as commands need it, whether the request came over HTTP or a socket. */
export interface ActingUser {
  id: string;
  name: string;
  role: Role;
  active: boolean;
  ip?: string;
}

export const auditActor = (user: ActingUser) => ({ actor: { id: user.id, name: user.name }, ip: user.ip ?? "" });
