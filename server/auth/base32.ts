// RFC 4648 base32, used for TOTP secrets because authenticator apps expect it.
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Encodes bytes as upper-case base32 without "=" padding (what otpauth:// URIs use). */
export function base32Encode(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff; // keep the bits we still need, never overflow
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >>> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * Decodes base32. People copy secrets by hand, so lower case, spaces and trailing padding
 * are accepted; any other character throws rather than silently yielding a different key.
 */
export function base32Decode(input: string): Uint8Array {
  const cleaned = input.replace(/\s+/g, "").replace(/=+$/, "").toUpperCase();
  const out = new Uint8Array(Math.floor((cleaned.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of cleaned) {
    const value = ALPHABET.indexOf(char);
    if (value === -1) throw new Error(`Invalid base32 character: ${JSON.stringify(char)}`);
    buffer = ((buffer << 5) | value) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >>> bits) & 0xff;
    }
  }
  // Leftover bits (< 8) are the zero fill of the last quantum, not data.
  return out;
}
