import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * The key that protects the second factor at rest: TOTP secrets are sealed with AES-256-GCM and
 * recovery codes are hashed with HMAC-SHA-256. It lives outside the database (SECRETS_KEY, or
 * DATA_DIR/secrets-key with mode 0600; see server/config.ts), so a copy of the database alone
 * neither yields anyone's TOTP secret nor lets recovery codes be guessed offline.
 */
let sealKey: Buffer | undefined;
let hashKey: Buffer | undefined;

/** Sealed values start with this; anything else is a secret stored before sealing (plain base32). */
const SEALED = "gcm1:";
/** Recovery-code hashes under the key start with this; unprefixed hex is plain SHA-256 from before. */
export const KEYED_HASH = "h1:";

export function useSecretsKey(secret: string): void {
  const root = Buffer.from(secret, "utf8");
  // Two keys from one secret, kept apart by HKDF's info, so the operator keeps a single value.
  sealKey = Buffer.from(hkdfSync("sha256", root, Buffer.alloc(0), "greychair totp secret v1", 32));
  hashKey = Buffer.from(hkdfSync("sha256", root, Buffer.alloc(0), "greychair recovery code v1", 32));
}

function required(key: Buffer | undefined): Buffer {
  if (!key) throw new Error("the secrets key is not configured (useSecretsKey)");
  return key;
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(SEALED);
}

/** AES-256-GCM with a fresh 96-bit nonce: `gcm1:` + base64url(nonce ‖ tag ‖ ciphertext). */
export function sealSecret(plain: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", required(sealKey), nonce);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return SEALED + Buffer.concat([nonce, cipher.getAuthTag(), body]).toString("base64url");
}

/**
 * The plain secret. A value from before sealing is returned as it is (the start-up migration seals
 * it). Throws when the value was sealed under another key or changed: the caller refuses the code.
 */
export function openSecret(stored: string): string {
  if (!isSealed(stored)) return stored;
  const raw = Buffer.from(stored.slice(SEALED.length), "base64url");
  if (raw.length < 12 + 16) throw new Error("sealed secret is truncated");
  const decipher = createDecipheriv("aes-256-gcm", required(sealKey), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

/** The plain secret, or null when it was sealed under another key or changed (its codes are refused). */
export function openSecretOrNull(stored: string): string | null {
  try {
    return openSecret(stored);
  } catch {
    return null;
  }
}

/** HMAC-SHA-256 under the secrets key of a plain SHA-256 hex digest (so old hashes can be migrated). */
export function keyedHash(sha256Hex: string): string {
  return KEYED_HASH + createHmac("sha256", required(hashKey)).update(sha256Hex).digest("hex");
}
