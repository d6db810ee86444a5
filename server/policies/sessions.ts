import type { Rule } from "./types";

export const sessionPolicies = {
  "session.listOwn": () => true,
  /** A session can be revoked by its owner only. */
  "session.revoke": ((actor, target: { userId: string | null }) => target.userId === actor.id) as Rule,
};
