import type { Rule } from "./types";

const isSecretariat: Rule = (actor) => actor.role === "secretariat";

export const archivePolicies = {
  /** The decision archive is the working group's: members, chairs and the secretariat; not guests. */
  "archive.read": ((actor) => actor.role !== "observer") as Rule,
  "archive.amend": isSecretariat,
  "archive.verify": isSecretariat,
  /** Everyone who can open a meeting page sees the empty chair's prompts. */
  "prompt.read": () => true,
  "prompt.manage": isSecretariat,
};
