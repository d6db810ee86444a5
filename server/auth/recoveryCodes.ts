// One-time recovery codes that stand in for the TOTP factor when the phone is lost.
import { createHash, randomInt } from "node:crypto";
import { keyedHash } from "./secretsKey";

// No 0/o, 1/l/i: codes are read off paper and typed by hand.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const GROUP = 5;

function randomGroup(): string {
  let group = "";
  // randomInt is unbiased for a 31-letter alphabet, unlike byte % 31.
  for (let i = 0; i < GROUP; i++) group += ALPHABET[randomInt(ALPHABET.length)];
  return group;
}

/** `count` distinct codes of the form xxxxx-xxxxx (10 letters of 31 ≈ 49.5 bits each). */
export function generateRecoveryCodes(count = 10): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(`${randomGroup()}-${randomGroup()}`);
  return [...codes];
}

/**
 * Accepts what a person types: any case, surrounding or inner spaces, with or without the hyphen.
 * Anything that is not 10 letters is returned stripped, and will simply not match.
 */
export function normaliseRecoveryCode(input: string): string {
  const letters = input.toLowerCase().replace(/[\s-]+/g, "");
  return letters.length === 2 * GROUP ? `${letters.slice(0, GROUP)}-${letters.slice(GROUP)}` : letters;
}

/**
 * HMAC-SHA-256 under the secrets key (over the code's SHA-256, so hashes stored before the key can
 * be migrated in place), not argon2: each code is ~49.5 random bits, single-use and only a second
 * factor, so a slow hash would cost a lot for ten codes per check; the key, kept outside the
 * database, is what stops an offline guess from a copy of the database.
 */
export function hashRecoveryCode(code: string): string {
  return keyedHash(legacyRecoveryHash(code));
}

/** The plain SHA-256 stored before recovery codes were keyed; only the migration needs it. */
export function legacyRecoveryHash(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}
