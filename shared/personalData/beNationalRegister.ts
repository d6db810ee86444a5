// Belgian national register number (rijksregisternummer / numéro de registre national):
// YYMMDD SSS CC, e.g. "85.07.30-033.28", "85073003328", "850730 033 28".
// CC = 97 - (YYMMDDSSS mod 97) for people born before 2000, 97 - (2YYMMDDSSS mod 97) from 2000 on;
// either century is accepted. Month may be 00 (unknown) or shifted by +20 / +40 (bis numbers);
// day may be 00. A wrong checksum is not reported.
import type { PersonalDataFinding } from "./types";
import { finding, isDigit, isWordChar } from "./text";

const NATIONAL_REGISTER = /(?<![\p{L}\p{N}_])(\d{2})([. -]?)(\d{2})\2(\d{2})[. -]?(\d{3})[. -]?(\d{2})(?![\p{L}\p{N}_])/gu;

/** Checks the date part and the check digits of an 11-digit national register number. */
export function isValidBeNationalRegister(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const baseMonth = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
  if (baseMonth > 12 || day > 31) return false;
  const first9 = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  return 97 - (first9 % 97) === check || 97 - ((2_000_000_000 + first9) % 97) === check;
}

export function findBeNationalRegisterNumbers(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const match of text.matchAll(NATIONAL_REGISTER)) {
    const start = match.index;
    const end = start + match[0].length;
    // Not the tail or head of a longer number such as "1.85.07.30-033.28" or "85073003328-1".
    const before = text[start - 1];
    const after = text[end];
    if ((before === "." || before === "-") && isDigit(text[start - 2])) continue;
    if ((after === "." || after === "-" || after === ",") && isDigit(text[end + 1])) continue;
    if (isWordChar(before) || isWordChar(after)) continue;
    const digits = match.slice(1).filter((part, i) => i !== 1 && part !== undefined).join("");
    if (!isValidBeNationalRegister(digits)) continue;
    found.push(finding("be_national_register", text, start, end, digits, "be_national_register_checksum"));
  }
  return found;
}
