import { allow } from "./types";

/** Stored document changes that could not be applied and were moved aside when the document loaded. */
export const quarantinePolicies = {
  "quarantine.read": allow((actor) => actor.role === "secretariat"),
};
