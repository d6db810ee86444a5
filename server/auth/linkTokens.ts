// Tokens for e-mailed links (invitations, password resets). Only the hash is stored, so a
// database leak does not hand out working links; a fast hash suffices for 256 random bits.
import { createHash, randomBytes } from "node:crypto";

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 32 random bytes as base64url: 43 URL-safe characters. */
export function createLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashLinkToken(token) };
}
