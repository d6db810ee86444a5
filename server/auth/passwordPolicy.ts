// Password rules after NIST SP 800-63B: length and a deny-list, no composition rules
// (those push people to "Password1!" rather than to passphrases).
import { createRequire } from "node:module";

export type PasswordProblem = "too_short" | "too_long" | "common" | "contains_personal_data";

export const MIN_LENGTH = 12;
export const MAX_LENGTH = 256;

let commonPasswords: Set<string> | undefined;

/**
 * The ~49,000 most common passwords from @zxcvbn-ts/language-common (already lower case).
 * Loaded on first use, through require so the check stays synchronous, and kept in a Set.
 */
export function commonPasswordList(): ReadonlySet<string> {
  if (!commonPasswords) {
    const { dictionary } = createRequire(import.meta.url)("@zxcvbn-ts/language-common") as {
      dictionary: { "passwords-common": string[] };
    };
    commonPasswords = new Set(dictionary["passwords-common"].map((word) => word.toLowerCase()));
  }
  return commonPasswords;
}

/** Lower case without accents, so "Anne-Mée" and "anne-mee" compare equal. */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const LEET: Record<string, string> = { "@": "a", "0": "o", "3": "e", $: "s" };

function unleet(text: string, one: "l" | "i"): string {
  return text.replace(/[@03$1]/g, (char) => (char === "1" ? one : (LEET[char] ?? char)));
}

/**
 * The whole password, lower-cased, with and without trailing digits/symbols ("Password123!"),
 * and with simple leetspeak undone. Only whole-password matches count, so a long passphrase
 * that merely contains a common word is still accepted.
 */
function isCommon(password: string): boolean {
  const list = commonPasswordList();
  const lower = password.toLowerCase();
  const stripped = lower.replace(/[\d\p{P}\p{S}\s]+$/u, "");
  for (const base of new Set([lower, stripped])) {
    if (base === "") continue;
    if (list.has(base) || list.has(unleet(base, "l")) || list.has(unleet(base, "i"))) return true;
  }
  return false;
}

/** Pieces of the name and e-mail local part of at least 3 letters, which guessers try first. */
function personalTokens({ name, email }: { name?: string; email?: string }): string[] {
  const tokens: string[] = [];
  const local = email ? fold(email.split("@")[0] ?? "") : "";
  if (local.length >= 3) tokens.push(local, ...local.split(/[._+-]+/));
  if (name) tokens.push(...fold(name).split(/[^\p{L}\p{N}]+/u));
  return tokens.filter((token) => token.length >= 3);
}

export function checkPassword(
  password: string,
  context: { name?: string; email?: string } = {},
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  // Code points, not UTF-16 units: an emoji is one character to the person typing it.
  const length = [...password].length;
  if (length < MIN_LENGTH) problems.push("too_short");
  // Nothing else to say about an over-long input, and no point folding or matching all of it.
  if (length > MAX_LENGTH) return ["too_long"];
  if (isCommon(password)) problems.push("common");
  const folded = fold(password);
  if (personalTokens(context).some((token) => folded.includes(token))) {
    problems.push("contains_personal_data");
  }
  return problems;
}
