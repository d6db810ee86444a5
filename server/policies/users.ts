import { allow, type Actor } from "./types";

const isSecretariat = (actor: Actor) => actor.role === "secretariat";

export const userPolicies = {
  "user.list": allow(isSecretariat),
  /** The secretariat manages other accounts; nobody changes their own role or deactivates themselves. */
  "user.update": allow<{ id: string }>((actor, target) => actor.role === "secretariat" && actor.id !== target.id),
  "user.resetPassword": allow(isSecretariat),
  /** One's own account: name, language, password. */
  "account.update": allow<{ id: string }>((actor, target) => actor.id === target.id),
  "organisation.list": allow(() => true),
  "organisation.create": allow(isSecretariat),
};
