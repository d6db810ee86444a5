import { Forbidden } from "../errors";
import { administrationPolicies } from "./administration";
import { archivePolicies } from "./archive";
import { directoryPolicies } from "./directory";
import { documentPolicies } from "./documents";
import { invitationPolicies } from "./invitations";
import { meetingPolicies } from "./meetings";
import { quarantinePolicies } from "./quarantine";
import { sessionPolicies } from "./sessions";
import type { Actor, Rule } from "./types";
import { userPolicies } from "./users";

/**
 * The one place that decides who may do what. Every HTTP route, Socket.IO event and collaboration
 * message asks `can` or `authorize`. An action nobody registered is denied.
 */
const policies = {
  ...userPolicies,
  ...invitationPolicies,
  ...sessionPolicies,
  ...administrationPolicies,
  ...documentPolicies,
  ...meetingPolicies,
  ...archivePolicies,
  ...directoryPolicies,
  ...quarantinePolicies,
} satisfies Record<string, Rule<never>>;

export type Action = keyof typeof policies;
type TargetOf<A extends Action> = Parameters<(typeof policies)[A]>[1];

export function can<A extends Action>(actor: Actor | undefined | null, action: A, target?: TargetOf<A>): boolean {
  if (!actor || !actor.active) return false;
  const rule = policies[action] as Rule<unknown> | undefined;
  return rule ? rule(actor, target) : false;
}

export function authorize<A extends Action>(actor: Actor | undefined | null, action: A, target?: TargetOf<A>): void {
  if (!can(actor, action, target)) throw Forbidden();
}

export type { Actor };
