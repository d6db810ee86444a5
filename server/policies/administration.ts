import type { SessionStage } from "../../shared/types";
import { allow, type Actor } from "./types";

const isSecretariat = (actor: Actor) => actor.role === "secretariat";

/** What the realtime connection rule looks at besides the user: how far the session got, when access ends. */
export interface ConnectionTarget {
  stage: SessionStage;
  accessUntil: Date | null;
}

export const administrationPolicies = {
  "auditLog.read": allow(isSecretariat),
  "settings.read": allow(isSecretariat),
  "settings.update": allow(isSecretariat),
  /**
   * The realtime connection, at the handshake and again before every event: an active user, fully
   * signed in (second factor done or not required), not past the end of their access.
   */
  "realtime.connect": allow<ConnectionTarget>(
    (actor, connection) => actor.active && connection.stage === "signed_in" && (!connection.accessUntil || connection.accessUntil.getTime() > Date.now()),
  ),
};
