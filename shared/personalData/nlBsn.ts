// Dutch citizen service number (burgerservicenummer, BSN): 9 digits passing the "11-proef"
// 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11), not all zeros. Written "111222333", "1112.22.333",
// "111 222 333", "111-222-333" or "111.222.333". An 8-digit number (the leading zero dropped) is
// only taken when a BSN word stands right before it.
//
// Nine random digits pass the 11-proef one time in eleven, so a candidate is skipped when it is
// part of a longer number, an amount, a phone number or an IBAN, or when a telephone word precedes it.
import type { PersonalDataFinding } from "./types";
import { findIbans } from "./iban";
import { findPhoneNumbers } from "./phone";
import { finding, isDigit, isWordChar, looksLikeAmount } from "./text";

const CANDIDATE = /(?<![\p{L}\p{N}_])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}([ .\-])\d{3}\1\d{3}|\d{8})(?![\p{L}\p{N}_])/gu;

const BSN_WORD = /(?:\bBSN|burgerservicenummer|burger\s?service\s?nummer|sofi-?nummer)[\s.:°#]*(?:nr\.?|nummer)?[\s.:°#]*$/i;
const PHONE_WORD = /(?:\btel|\btél|\bgsm|\bfax|phone|\bmobiel|\bmobile|\bportable|telefoon|téléphone|\bbel(?:len)?|\bcall)\b[\s.:°#/-]*(?:nr\.?|no\.?|n°)?[\s.:°#/-]*$/iu;

/** The 11-proef on a 9-digit string. */
export function passesElfProef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === "000000000") return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

export interface BsnOptions {
  /** Phone findings already computed for the same text (otherwise they are computed here). */
  phones?: PersonalDataFinding[];
  /** IBAN findings already computed for the same text. */
  ibans?: PersonalDataFinding[];
}

export function findBsnNumbers(text: string, options: BsnOptions = {}): PersonalDataFinding[] {
  let phones = options.phones;
  let ibans = options.ibans;
  const found: PersonalDataFinding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    const end = start + match[0].length;
    let digits = match[0].replace(/\D/g, "");
    const spaced = match[1] === " ";

    // Part of a longer number: "1.111.222.333", "111222333,00", "12 111 222 333 4".
    const before = text[start - 1];
    const after = text[end];
    if ((before === "." || before === "," || before === "-" || (spaced && before === " ")) && isDigit(text[start - 2])) continue;
    if ((after === "." || after === "," || after === "-" || (spaced && after === " ")) && isDigit(text[end + 1])) continue;
    if (isWordChar(before) || isWordChar(after)) continue;

    const preceding = text.slice(Math.max(0, start - 40), start);
    if (digits.length === 8) {
      if (!BSN_WORD.test(preceding)) continue;
      digits = `0${digits}`;
    }
    if (!passesElfProef(digits)) continue;
    if (looksLikeAmount(text, start, end)) continue;
    if (PHONE_WORD.test(preceding) && !BSN_WORD.test(preceding)) continue;

    phones ??= findPhoneNumbers(text);
    ibans ??= findIbans(text);
    const inside = (other: PersonalDataFinding) => other.start < end && start < other.end;
    // A phone number that is exactly these nine digits ("012345672") is left to the overlap rule,
    // where the more specific BSN wins; a longer one ("+31 111 222 333") keeps its digits.
    if (phones.some((phone) => inside(phone) && (phone.start < start || phone.end > end))) continue;
    if (ibans.some(inside)) continue;
    found.push(finding("nl_bsn", text, start, end, digits, "nl_bsn_checksum"));
  }
  return found;
}
