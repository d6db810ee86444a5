// Telephone numbers.
//   Belgium:     +32 / 0032 + 8 or 9 digits, or national 0 + 8 digits (landline) / 0 + 9 (mobile)
//   Netherlands: +31 / 0031 + 9 digits, or national 0 + 9 digits
//   Luxembourg:  +352 / 00352 + 6 to 9 digits
//   elsewhere:   "+" (or "00") then 8 to 15 digits in all (E.164)
// Digit groups may be separated by a space, ".", "-", "/", or parentheses around the area code,
// and an international number may carry the trunk zero as "(0)".
//
// A run of digits and separators is split into digit groups. A number may start at the first
// group or after a space, and must end at the end of the run, before a spaced "-" or "/", or just
// before another number starts. So a list, a date, a time range or a reference like "2016/0123"
// does not turn into a phone number by borrowing digits from its neighbours.
import type { PersonalDataFinding } from "./types";
import { finding, isDigit, isDigitCode, isWordChar, looksLikeAmount, modDecimal } from "./text";

interface Group {
  /** Display start: includes a "+" or "(" written right before the digits. */
  start: number;
  end: number;
  digits: string;
  plus: boolean;
  /** The group was written in parentheses, e.g. "(020)". */
  parenthesised: boolean;
  /** "(0)", the trunk prefix written inside an international number. */
  trunk: boolean;
  /** Separator text between the previous group and this one ("" for the first). */
  separator: string;
}

// A "+" or "(" then digits, spaces and separators, ending in a digit.
const RUN = /[+(]?\d(?:[\d \u00a0.\-/()]*\d)?/g;

const WEAK_SEPARATORS = new Set(["", " ", ".", "-", "/", " - ", " / "]);
/** Separators after which a new number may start in the middle of a run. */
const START_SEPARATORS = new Set([" ", " - ", " / "]);

const MAX_GROUPS = 8;

// "BE 0203.201.340", "BTW: 0203 201 340", "ondernemingsnummer 0203.201.340": a company, not a phone.
const COMPANY_PREFIX = /\b(?:BE|BTW|TVA|VAT|KBO|BCE)(?:\s|[.:°#]|nr|no|n°)*$/;
const COMPANY_WORD = /(?:ondernemingsnummer|d'entreprise|enterprise number|company number)(?:\s|[.:°#]|nr|no|n°)*$/i;

function splitRun(text: string, runStart: number, runEnd: number): Group[][] {
  // Returns the run as consecutive chains of groups; a chain breaks at a separator that cannot
  // occur inside a phone number (for example ". " at the end of a sentence, or "  ").
  const chains: Group[][] = [];
  let chain: Group[] = [];
  let separator = "";
  let i = runStart;
  while (i < runEnd) {
    const ch = text[i]!;
    if (ch === "(" && text[i + 1] === "0" && text[i + 2] === ")") {
      chain.push({ start: i, end: i + 3, digits: "0", plus: false, parenthesised: true, trunk: true, separator: normalise(separator) });
      separator = "";
      i += 3;
      continue;
    }
    if (isDigitCode(ch.charCodeAt(0)) || ((ch === "+" || ch === "(") && isDigit(text[i + 1]))) {
      const displayStart = i;
      const plus = ch === "+";
      const paren = ch === "(";
      if (plus || paren) i++;
      const digitsStart = i;
      while (i < runEnd && isDigitCode(text.charCodeAt(i))) i++;
      const sep = normalise(separator);
      const parenthesised = paren && text[i] === ")";
      const group: Group = {
        start: displayStart,
        end: i,
        digits: text.slice(digitsStart, i),
        plus,
        parenthesised,
        trunk: false,
        separator: sep,
      };
      if (chain.length > 0 && !isWeak(sep)) {
        chains.push(chain);
        chain = [];
        group.separator = "";
      }
      if (plus && chain.length > 0) {
        chains.push(chain);
        chain = [];
        group.separator = "";
      }
      chain.push(group);
      separator = "";
      continue;
    }
    separator += ch;
    i++;
  }
  if (chain.length > 0) chains.push(chain);
  return chains;
}

function normalise(separator: string): string {
  return separator.replace(/\u00a0/g, " ");
}

function isWeak(separator: string): boolean {
  // A closing parenthesis after an area code, then an ordinary separator: "(020) 123", "(0)6".
  const withoutParen = separator.startsWith(")") ? separator.slice(1) : separator;
  return WEAK_SEPARATORS.has(withoutParen);
}

function canStartNumber(group: Group): boolean {
  return group.plus || group.trunk || group.digits.startsWith("0");
}

function separatorAllowsStart(group: Group, index: number): boolean {
  if (index === 0) return true;
  const sep = group.separator.startsWith(")") ? group.separator.slice(1) : group.separator;
  return START_SEPARATORS.has(sep);
}

/** A number may end before `next` when a spaced dash or slash follows, or when `next` starts another number. */
function canEndBefore(next: Group, index: number): boolean {
  const sep = next.separator.startsWith(")") ? next.separator.slice(1) : next.separator;
  if (sep === " - " || sep === " / ") return true;
  return canStartNumber(next) && separatorAllowsStart(next, index);
}

interface Classified {
  /** Normalised value for the key: "+<digits>" for international numbers, national digits otherwise. */
  value: string;
}

function classify(groups: Group[]): Classified | undefined {
  const first = groups[0]!;
  if (groups.length > 1 && first.digits.length === 1 && !first.plus && !first.trunk) return undefined;
  const international = first.plus || (first.digits.startsWith("00") && !first.parenthesised);
  if (international) {
    let all = "";
    for (const group of groups) if (!group.trunk) all += group.digits;
    if (!first.plus) all = all.slice(2);
    return classifyInternational(all);
  }
  // National: a leading "(0)" counts as the trunk zero.
  const digits = groups.map((group) => group.digits).join("");
  if (!digits.startsWith("0") || digits[1] === "0") return undefined;
  if (digits.length !== 9 && digits.length !== 10) return undefined;
  return { value: digits };
}

function classifyInternational(all: string): Classified | undefined {
  if (all.startsWith("0")) return undefined;
  const withCountry = (countryCode: string, minimum: number, maximum: number): Classified | undefined => {
    let national = all.slice(countryCode.length);
    if (national.startsWith("0")) national = national.slice(1); // "+32 0470 …", written with the trunk zero
    if (national.length < minimum || national.length > maximum || national.startsWith("0")) return undefined;
    return { value: `+${countryCode}${national}` };
  };
  if (all.startsWith("32")) return withCountry("32", 8, 9);
  if (all.startsWith("31")) return withCountry("31", 9, 9);
  if (all.startsWith("352")) return withCountry("352", 6, 9);
  if (all.length < 8 || all.length > 15) return undefined;
  return { value: `+${all}` };
}

function isYear(digits: string): boolean {
  return digits.length === 4 && (digits.startsWith("19") || digits.startsWith("20"));
}

/** Dates ("01.03.2016", "2016-03-01"), "number/year" references, counting lists and company numbers. */
function looksLikeSomethingElse(text: string, groups: Group[]): boolean {
  for (let i = 0; i + 2 < groups.length; i++) {
    const a = groups[i]!;
    const b = groups[i + 1]!;
    const c = groups[i + 2]!;
    const sameSeparator = b.separator === c.separator && (b.separator === "." || b.separator === "-" || b.separator === "/");
    if (!sameSeparator) continue;
    if (a.digits.length <= 2 && b.digits.length <= 2 && isYear(c.digits)) {
      const day = Number(a.digits);
      const month = Number(b.digits);
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return true;
    }
    if (isYear(a.digits) && b.digits.length <= 2 && c.digits.length <= 2) return true;
  }
  const last = groups[groups.length - 1]!;
  if (groups.length > 1 && last.separator === "/" && isYear(last.digits)) return true;

  // "01 02 03 04 05": a counting list, not a number.
  if (groups.length >= 4 && groups.every((group) => group.digits.length <= 2)) {
    let counting = true;
    for (let i = 1; i < groups.length && counting; i++) {
      if (Number(groups[i]!.digits) !== Number(groups[i - 1]!.digits) + 1) counting = false;
    }
    if (counting) return true;
  }

  // Belgian company number "0123.456.789": mod-97 check like the national register, or a prefix.
  const digits = groups.map((group) => group.digits).join("");
  if (digits.length === 10 && groups.length === 3 && groups[1]!.separator === "." && groups[2]!.separator === ".") {
    if (97 - modDecimal(digits.slice(0, 8), 97) === Number(digits.slice(8))) return true;
  }
  const before = text.slice(Math.max(0, groups[0]!.start - 30), groups[0]!.start);
  return COMPANY_PREFIX.test(before) || COMPANY_WORD.test(before);
}

export function findPhoneNumbers(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const run of text.matchAll(RUN)) {
    const runStart = run.index;
    const runEnd = runStart + run[0].length;
    // A run glued to a word or a code ("BNL-2026-014", "M(2016) 12", "1,0470") cannot start a number
    // at its first group; one glued to a following word cannot end one at its last group.
    const before = text[runStart - 1];
    const gluedBefore =
      isWordChar(before) ||
      ((before === "-" || before === "/" || before === ".") && isWordChar(text[runStart - 2])) ||
      (before === "," && isDigit(text[runStart - 2]));
    const after = text[runEnd];
    const gluedAfter = isWordChar(after) || after === "@" || (after === "," && isDigit(text[runEnd + 1]));

    for (const chain of splitRun(text, runStart, runEnd)) {
      const chainIsRunStart = chain[0]!.start === runStart;
      const chainIsRunEnd = chain[chain.length - 1]!.end === runEnd;
      let i = 0;
      while (i < chain.length) {
        const group = chain[i]!;
        if (!canStartNumber(group) || !separatorAllowsStart(group, i) || (i === 0 && chainIsRunStart && gluedBefore)) {
          i++;
          continue;
        }
        let matchedEnd = -1;
        let matchedValue = "";
        for (let j = Math.min(chain.length - 1, i + MAX_GROUPS - 1); j >= i; j--) {
          const atChainEnd = j === chain.length - 1;
          if (atChainEnd && chainIsRunEnd && gluedAfter) continue;
          if (!atChainEnd && !canEndBefore(chain[j + 1]!, j + 1)) continue;
          const groups = chain.slice(i, j + 1);
          const classified = classify(groups);
          if (!classified) continue;
          if (looksLikeSomethingElse(text, groups)) continue;
          const start = groups[0]!.start;
          const end = groups[groups.length - 1]!.end;
          if (looksLikeAmount(text, start, end)) continue;
          matchedEnd = j;
          matchedValue = classified.value;
          break;
        }
        if (matchedEnd < 0) {
          i++;
          continue;
        }
        const start = chain[i]!.start;
        const end = chain[matchedEnd]!.end;
        found.push(finding("phone", text, start, end, matchedValue, "phone_format"));
        i = matchedEnd + 1;
      }
    }
  }
  return found;
}
