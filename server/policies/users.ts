import type { Rule } from "./types";

const isSecretariat: Rule = (actor) => actor.role === "secretariat";

export const userPolicies = {
  "user.list": isSecretariat,
  /** The secretariat manages other accounts; nobody changes their own role or deactivates themselves. */
  "user.update": ((actor, target: { id: string }) => actor.role === "secretariat" && actor.id !== target.id) as Rule,
  "user.resetPassword": isSecretariat,
  "organisation.list": () => true,
  "organisation.create": isSecretariat,
};
