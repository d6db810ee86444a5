// RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s): the parameters every authenticator app supports.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { base32Decode, base32Encode } from "./base32";

const DIGITS = 6;
const PERIOD_SECONDS = 30;

/** 20 random bytes = 160 bits, the HMAC-SHA1 block-size key RFC 4226 recommends. */
export function generateTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** RFC 4226 HOTP; exported so the RFC's 8-digit test vectors can be checked in full. */
export function hotpCode(key: Uint8Array, counter: number, digits = DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", key).update(message).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

function stepAt(timeMs: number): number {
  return Math.floor(timeMs / 1000 / PERIOD_SECONDS);
}

export function totpCode(secretBase32: string, timeMs: number): string {
  return hotpCode(base32Decode(secretBase32), stepAt(timeMs));
}

/** Key URI for the QR code; the issuer goes in both label and parameter, as apps expect. */
export function totpUri({
  secret,
  accountName,
  issuer = "Greychair",
}: {
  secret: string;
  accountName: string;
  issuer?: string;
}): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`;
  // encodeURIComponent rather than URLSearchParams: some apps show a "+" for a space literally.
  const query = [
    `secret=${encodeURIComponent(secret)}`,
    `issuer=${encodeURIComponent(issuer)}`,
    "algorithm=SHA1",
    `digits=${DIGITS}`,
    `period=${PERIOD_SECONDS}`,
  ].join("&");
  return `otpauth://totp/${label}?${query}`;
}

export type TotpResult = { ok: true; step: number } | { ok: false; reason: "invalid" | "replayed" };

/**
 * Checks a code against steps now-window..now+window (clock drift). The caller must store the
 * returned step and pass it back as lastUsedStep, so a code seen once is refused as "replayed"
 * for the rest of its validity (RFC 6238 §5.2).
 */
export function verifyTotp(
  secretBase32: string,
  code: string,
  { nowMs, window = 1, lastUsedStep }: { nowMs: number; window?: number; lastUsedStep?: number },
): TotpResult {
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: "invalid" };
  const key = base32Decode(secretBase32);
  const given = Buffer.from(code);
  const now = stepAt(nowMs);
  let fresh: number | undefined;
  let replayed = false;
  // Every step in the window is compared, without stopping early, so timing reveals nothing.
  for (let step = now - window; step <= now + window; step++) {
    if (!timingSafeEqual(given, Buffer.from(hotpCode(key, step)))) continue;
    if (lastUsedStep !== undefined && step <= lastUsedStep) replayed = true;
    else fresh ??= step;
  }
  if (fresh !== undefined) return { ok: true, step: fresh };
  return { ok: false, reason: replayed ? "replayed" : "invalid" };
}
