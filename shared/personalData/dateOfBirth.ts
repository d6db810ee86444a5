// Dates of birth: a full date (numeric or with a Dutch, French or English month name) that has a
// birth word ("geboren", "geb.", "né(e)", "date de naissance", "born", "DOB", …) at most
// BIRTH_CONTEXT_DISTANCE characters before it in the same sentence. Ordinary dates are not reported.
// The finding covers the date only; the key is "date_of_birth:YYYY-MM-DD" (a two-digit year stays
// two digits, "date_of_birth:85-03-12", since its century is unknown).
import type { PersonalDataFinding } from "./types";
import { finding, sentenceStart } from "./text";

export const BIRTH_CONTEXT_DISTANCE = 40;

const MONTH_NAMES: Readonly<Record<string, number>> = {
  // Dutch
  januari: 1, februari: 2, maart: 3, mrt: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8,
  oktober: 10, okt: 10,
  // French
  janvier: 1, janv: 1, "février": 2, fevrier: 2, "févr": 2, fevr: 2, "fév": 2, fev: 2, mars: 3,
  avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7, "août": 8, aout: 8, septembre: 9,
  octobre: 10, novembre: 11, "décembre": 12, decembre: 12, "déc": 12,
  // English
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10,
  // Shared by several languages
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, september: 9, sep: 9, sept: 9,
  oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const MONTHS = Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join("|");

const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}_])`;
const SPACE = String.raw`[ \u00a0]+`;

/** 12-03-1985, 12/03/1985, 12.03.1985, 12.03.85 (day first; month first when the day cannot be one). */
const NUMERIC_DMY = new RegExp(
  String.raw`(?<![\p{L}\p{N}_]|\p{N}[./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}_]|[./-]\p{N})`,
  "gu",
);
/** 1985-03-12, 1985/03/12. */
const NUMERIC_YMD = new RegExp(
  String.raw`(?<![\p{L}\p{N}_]|\p{N}[./-])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\p{L}\p{N}_]|[./-]\p{N})`,
  "gu",
);
/** 12 maart 1985, 1er mars 1985, 12th of March 1985, 12 mrt. 1985. */
const WRITTEN_DMY = new RegExp(
  String.raw`${NOT_WORD_BEFORE}(\d{1,2})(?:er|ste|de|e|st|nd|rd|th)?\.?${SPACE}(?:of${SPACE})?(${MONTHS})\.?,?${SPACE}(\d{4})${NOT_WORD_AFTER}`,
  "giu",
);
/** March 12, 1985; Mar. 12th 1985. */
const WRITTEN_MDY = new RegExp(
  String.raw`${NOT_WORD_BEFORE}(${MONTHS})\.?${SPACE}(\d{1,2})(?:st|nd|rd|th)?,?${SPACE}(\d{4})${NOT_WORD_AFTER}`,
  "giu",
);

const BIRTH_WORDS = [
  // Dutch
  String.raw`geboren`,
  String.raw`geb\.\s?datum`,
  String.raw`geb\.`,
  String.raw`geboortedatum`,
  String.raw`geboortedag`,
  // French
  String.raw`date\s+de\s+naissance`,
  String.raw`naissance`,
  String.raw`née?s?`,
  String.raw`né\(e\)`,
  // English
  String.raw`born`,
  String.raw`date\s+of\s+birth`,
  String.raw`birth\s?date`,
  String.raw`birthday`,
  String.raw`d\.o\.b\.?`,
  String.raw`dob`,
];
// Word boundaries that work for accented letters (a word ending in "." may touch the date). "°" is the
// Belgian shorthand for "born" ("° 12.03.1985"), but not after a letter ("n°", "nr°") nor as degrees ("12 °C").
const BIRTH_CONTEXT = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${BIRTH_WORDS.join("|")})(?:(?<=\.)|(?![\p{L}\p{N}_]))|(?<![\p{L}\p{N}_]|\p{N}\s)°(?!\s?[CF](?![\p{L}]))`,
  "giu",
);

function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** "1985-03-12" (or "85-03-12" for a two-digit year), or undefined when the date does not exist. */
function isoDate(dayText: string, monthValue: number, yearText: string): string | undefined {
  const day = Number(dayText);
  const fullYear = yearText.length === 4 ? Number(yearText) : undefined;
  if (fullYear !== undefined && (fullYear < 1880 || fullYear > 2099)) return undefined;
  if (monthValue < 1 || monthValue > 12 || day < 1) return undefined;
  // A two-digit year may be 19yy or 20yy; 29 February is allowed then.
  if (day > daysInMonth(monthValue, fullYear)) return undefined;
  return `${yearText}-${pad(monthValue)}-${pad(day)}`;
}

interface DateMatch {
  start: number;
  end: number;
  iso: string;
}

function numericDates(text: string, into: DateMatch[]): void {
  for (const match of text.matchAll(NUMERIC_DMY)) {
    const [whole, first = "", , second = "", year = ""] = match;
    // European order first; American order only when the European reading is impossible.
    const iso = isoDate(first, Number(second), year) ?? isoDate(second, Number(first), year);
    if (iso) into.push({ start: match.index, end: match.index + whole.length, iso });
  }
  for (const match of text.matchAll(NUMERIC_YMD)) {
    const [whole, year = "", , month = "", day = ""] = match;
    const iso = isoDate(day, Number(month), year);
    if (iso) into.push({ start: match.index, end: match.index + whole.length, iso });
  }
}

function writtenDates(text: string, into: DateMatch[]): void {
  for (const match of text.matchAll(WRITTEN_DMY)) {
    const [whole, day = "", month = "", year = ""] = match;
    const iso = isoDate(day, MONTH_NAMES[month.toLowerCase()] ?? 0, year);
    if (iso) into.push({ start: match.index, end: match.index + whole.length, iso });
  }
  for (const match of text.matchAll(WRITTEN_MDY)) {
    const [whole, month = "", day = "", year = ""] = match;
    const iso = isoDate(day, MONTH_NAMES[month.toLowerCase()] ?? 0, year);
    if (iso) into.push({ start: match.index, end: match.index + whole.length, iso });
  }
}

/**
 * True when a birth word ends at most BIRTH_CONTEXT_DISTANCE characters before `dateStart`, in the
 * same sentence, and after `notBefore` (the end of the previous date: in "geboren op 12 maart 1998,
 * aangekomen op 3 april 2016" only the first date is a date of birth).
 */
export function hasBirthContext(text: string, dateStart: number, notBefore = 0): boolean {
  return birthWordBefore(text, dateStart, notBefore) !== undefined;
}

/** The birth word (as written) that makes the date at `dateStart` a date of birth, if any. */
export function birthWordBefore(text: string, dateStart: number, notBefore = 0): string | undefined {
  // Look a little further back so a long birth word that ends inside the window is seen whole.
  const windowStart = Math.max(0, notBefore, dateStart - BIRTH_CONTEXT_DISTANCE - 20);
  const from = sentenceStart(text, windowStart, dateStart);
  const window = text.slice(from, dateStart);
  BIRTH_CONTEXT.lastIndex = 0;
  for (let match = BIRTH_CONTEXT.exec(window); match; match = BIRTH_CONTEXT.exec(window)) {
    const wordEnd = from + match.index + match[0].length;
    if (dateStart - wordEnd <= BIRTH_CONTEXT_DISTANCE) return match[0];
  }
  return undefined;
}

export function findDatesOfBirth(text: string): PersonalDataFinding[] {
  const dates: DateMatch[] = [];
  numericDates(text, dates);
  writtenDates(text, dates);
  dates.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: PersonalDataFinding[] = [];
  let previousEnd = 0;
  for (const date of dates) {
    if (date.start < previousEnd) continue;
    const birthWord = birthWordBefore(text, date.start, previousEnd);
    previousEnd = date.end;
    if (birthWord !== undefined) found.push(finding("date_of_birth", text, date.start, date.end, date.iso, "birth_word", birthWord));
  }
  return found;
}
