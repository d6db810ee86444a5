import type { Rule } from "./types";

/** Stored document changes that could not be applied and were moved aside when the document loaded. */
export const quarantinePolicies = {
  "quarantine.read": ((actor) => actor.role === "secretariat") as Rule,
};
