// Luxembourg national identification number (matricule, numéro d'identification national):
// 13 digits YYYYMMDD XXX C1 C2, e.g. "1985 0312 123 07" or "1985031212307". C1 is the Luhn (mod 10)
// check digit of the first 11 digits and C2 the Verhoeff check digit of the same 11 digits (CCSS and the
// OECD's description of the Luxembourg TIN; one library computes C2 over 12 digits, which real numbers
// do not satisfy). The date must exist. Groups may be separated by a space, a dot or a dash.
// Such a number also looks like a phone number; the overlap rule in findPersonalData prefers this kind.
import type { PersonalDataFinding } from "./types";
import { finding, isDigit, isWordChar } from "./text";

const CANDIDATE = /(?<![\p{L}\p{N}_])(\d{4})[ .\-]?(\d{2})[ .\-]?(\d{2})[ .\-]?(\d{3})[ .\-]?(\d)[ .\-]?(\d)(?![\p{L}\p{N}_])/gu;

// Verhoeff's dihedral-group tables: multiplication, permutation and inverse.
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 8, 3, 6, 2, 7, 1, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const INVERSE = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** The Verhoeff check digit to append to `digits`. */
export function verhoeffCheckDigit(digits: string): number {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    c = D[c]![P[(i + 1) % 8]![digit]!]!;
  }
  return INVERSE[c]!;
}

/** The Luhn check digit to append to `digits`. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

function dateExists(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/** Checks the date of birth and both check digits of a 13-digit Luxembourg national number. */
export function isValidLuNationalId(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  if (!dateExists(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8)))) return false;
  const base = digits.slice(0, 11);
  return luhnCheckDigit(base) === Number(digits[11]) && verhoeffCheckDigit(base) === Number(digits[12]);
}

export function findLuNationalIds(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    const end = start + match[0].length;
    // Not a slice of a longer number ("1.1985…", "…12307-4").
    if ((text[start - 1] === "." || text[start - 1] === "-") && isDigit(text[start - 2])) continue;
    if ((text[end] === "." || text[end] === "-" || text[end] === ",") && isDigit(text[end + 1])) continue;
    if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
    const digits = match.slice(1).join("");
    if (!isValidLuNationalId(digits)) continue;
    found.push(finding("lu_national_id", text, start, end, digits, "lu_national_id_checksum"));
  }
  return found;
}
