import { Forbidden } from "../errors";
import { administrationPolicies } from "./administration";
import { archivePolicies } from "./archive";
import { commentPolicies } from "./comments";
import { attachmentPolicies } from "./attachments";
import { directoryPolicies } from "./directory";
import { documentPolicies, readableDocumentsScope } from "./documents";
import { invitationPolicies } from "./invitations";
import { meetingPolicies, visibleMeetingsScope } from "./meetings";
import { minutesPolicies } from "./minutes";
import { notificationPolicies } from "./notifications";
import { quarantinePolicies } from "./quarantine";
import { sessionPolicies } from "./sessions";
import { trainingGroupPolicies } from "./trainingGroups";
import { trainingPolicies } from "./trainings";
import { trainingOutcomePolicies } from "./trainingOutcomes";
import { NOTHING, type Actor, type Rule, type Scope } from "./types";
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
  ...minutesPolicies,
  ...archivePolicies,
  ...notificationPolicies,
  ...directoryPolicies,
  ...quarantinePolicies,
  ...commentPolicies,
  ...trainingPolicies,
  ...trainingGroupPolicies,
  ...trainingOutcomePolicies,
  ...attachmentPolicies,
} satisfies Record<string, Rule<never>>;

export type Action = keyof typeof policies;
export type TargetOf<A extends Action> = Parameters<(typeof policies)[A]>[1];

export function can<A extends Action>(actor: Actor | undefined | null, action: A, target?: TargetOf<A>): boolean {
  if (!actor || !actor.active) return false;
  // The one place a rule meets its target generically; each rule is typed where it is declared.
  const rule = policies[action] as ((actor: Actor, target: TargetOf<A> | undefined) => boolean) | undefined;
  return rule ? rule(actor, target) : false;
}

export function authorize<A extends Action>(actor: Actor | undefined | null, action: A, target?: TargetOf<A>): void {
  if (!can(actor, action, target)) throw Forbidden();
}

/** List queries: what an actor may read, as a database filter, so limits apply after authorization. */
const scopes = { meeting: visibleMeetingsScope, document: readableDocumentsScope } satisfies Record<string, (actor: Actor) => Scope>;

export function scope(actor: Actor | undefined | null, resource: keyof typeof scopes): Scope {
  return actor?.active ? scopes[resource](actor) : NOTHING;
}

export type { Actor };
