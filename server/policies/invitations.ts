import type { Rule } from "./types";

const isSecretariat: Rule = (actor) => actor.role === "secretariat";

export const invitationPolicies = {
  "invitation.list": isSecretariat,
  "invitation.create": isSecretariat,
  "invitation.revoke": isSecretariat,
};
