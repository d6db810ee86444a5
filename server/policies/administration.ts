import type { Rule } from "./types";

const isSecretariat: Rule = (actor) => actor.role === "secretariat";

export const administrationPolicies = {
  "auditLog.read": isSecretariat,
  "settings.read": isSecretariat,
  "settings.update": isSecretariat,
  /** Any signed-in user may use the realtime connection; each event asks again for its own action. */
  "realtime.connect": () => true,
};
