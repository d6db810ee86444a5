import { allow } from "./types";

export const sessionPolicies = {
  "session.listOwn": allow(() => true),
  /** A session can be revoked by its owner only. */
  "session.revoke": allow<{ userId: string | null }>((actor, target) => target.userId === actor.id),
};
