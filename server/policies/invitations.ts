import { allow, type Actor } from "./types";

const isSecretariat = (actor: Actor) => actor.role === "secretariat";

export const invitationPolicies = {
  "invitation.list": allow(isSecretariat),
  "invitation.create": allow(isSecretariat),
  "invitation.revoke": allow(isSecretariat),
};
