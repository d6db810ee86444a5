// IBAN (ISO 13616): two-letter country, two check digits, country-specific BBAN; valid when the
// rearranged number is 1 modulo 97. Written either compact ("BE68539007547034") or in groups of
// four separated by single spaces ("BE68 5390 0754 7034"). A wrong checksum is not reported.
import type { PersonalDataFinding } from "./types";
import { finding, isWordChar } from "./text";

/** Total IBAN length per country. Countries not listed fall back to any length from 15 to 34. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22,
  IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15,
  PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19,
  SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

const MIN_LENGTH = 15;
const MAX_LENGTH = 34;

/** True when a compact, upper-case IBAN passes the ISO 7064 mod-97-10 check. */
export function ibanChecksumValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    // Letters count as two digits, A = 10 … Z = 35.
    if (code >= 65) {
      remainder = (remainder * 100 + (code - 55)) % 97;
    } else {
      remainder = (remainder * 10 + (code - 48)) % 97;
    }
  }
  return remainder === 1;
}

function isAlnumCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\u00a0";
}

// Country code and check digits, at the start of a word.
const IBAN_START = /(?<![\p{L}\p{N}_])[A-Za-z]{2}\d{2}/gu;

interface Cut {
  /** Number of IBAN characters (without spaces) up to this point. */
  length: number;
  /** Offset in the text just after the last character. */
  end: number;
}

export function findIbans(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  let resumeAt = 0;
  for (const match of text.matchAll(IBAN_START)) {
    const start = match.index;
    if (start < resumeAt) continue;
    const country = match[0].slice(0, 2).toUpperCase();
    const expected = IBAN_LENGTHS[country];
    const cuts: Cut[] = [];
    let position = start + 4;
    let compact = match[0].toUpperCase();

    if (isAlnumCode(text.charCodeAt(position))) {
      // Compact: one unbroken run of letters and digits; it must end at a word boundary.
      let end = position;
      while (end < text.length && isAlnumCode(text.charCodeAt(end))) end++;
      if (isWordChar(text[end])) continue;
      compact += text.slice(position, end).toUpperCase();
      cuts.push({ length: compact.length, end });
    } else if (isSpace(text[position]) && isAlnumCode(text.charCodeAt(position + 1))) {
      // Grouped: "XXkk" then groups of four after single spaces; the last group may be shorter.
      // Any group boundary is a possible end, so a following word or number is not swallowed.
      while (isSpace(text[position]) && isAlnumCode(text.charCodeAt(position + 1)) && compact.length < MAX_LENGTH) {
        let end = position + 1;
        while (end < text.length && end - position - 1 < 4 && isAlnumCode(text.charCodeAt(end))) end++;
        const groupLength = end - position - 1;
        if (groupLength < 4 && isWordChar(text[end])) break;
        if (groupLength === 4 && isWordChar(text[end])) break; // a longer word: not a group of four
        compact += text.slice(position + 1, end).toUpperCase();
        cuts.push({ length: compact.length, end });
        position = end;
        if (groupLength < 4) break;
      }
    }

    // Prefer the longest cut that has a plausible length and a valid checksum.
    for (let i = cuts.length - 1; i >= 0; i--) {
      const cut = cuts[i]!;
      const lengthOk = expected !== undefined ? cut.length === expected : cut.length >= MIN_LENGTH && cut.length <= MAX_LENGTH;
      if (!lengthOk) continue;
      const iban = compact.slice(0, cut.length);
      const checkDigits = Number(iban.slice(2, 4));
      if (checkDigits < 2 || checkDigits > 98) continue;
      if (!ibanChecksumValid(iban)) continue;
      found.push(finding("iban", text, start, cut.end, iban, "iban_checksum"));
      resumeAt = cut.end;
      break;
    }
  }
  return found;
}
