import { allow, type Actor } from "./types";

const isSecretariat = (actor: Actor) => actor.role === "secretariat";

export const archivePolicies = {
  /** The decision archive is the working group's: members, chairs and the secretariat; not guests. */
  "archive.read": allow((actor) => actor.role !== "observer"),
  "archive.amend": allow(isSecretariat),
  "archive.verify": allow(isSecretariat),
  /** Everyone who can open a meeting page sees the empty chair's prompts. */
  "prompt.read": allow(() => true),
  "prompt.manage": allow(isSecretariat),
};
