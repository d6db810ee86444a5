// Password hashing with argon2id. @node-rs/argon2, not "argon2": the latter's prebuilt binary segfaults here.
import { randomBytes } from "node:crypto";
import { hash, verify, type Algorithm, type Options } from "@node-rs/argon2";

// Algorithm is an ambient const enum, which verbatimModuleSyntax forbids reading at run time;
// the literal is checked against the enum member's type instead (the test checks "$argon2id$").
const ARGON2ID: Algorithm.Argon2id = 2;

// OWASP's recommended minimum for argon2id: 19 MiB, 2 passes, 1 lane.
const OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

let verifications = 0;

/** How many passwords this process has checked (argon2 verifications): tests observe the throttle by it. */
export const passwordVerifications = (): number => verifications;

/** Never throws: a malformed or foreign hash in the database simply fails to match. */
export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  verifications++;
  try {
    return await verify(hashed, plain);
  } catch {
    return false;
  }
}

/**
 * A hash of a random string nobody knows, computed once at start-up. Verifying against it makes
 * sign-in with an unknown e-mail cost as much as a wrong password, so timing does not reveal
 * which addresses have an account.
 */
export const DUMMY_HASH_PROMISE: Promise<string> = hashPassword(randomBytes(32).toString("base64url"));

export async function verifyAgainstDummy(plain: string): Promise<false> {
  await verifyPassword(await DUMMY_HASH_PROMISE, plain);
  return false;
}
