// Passport numbers. A document number is only recognised after a passport word ("paspoort",
// "paspoortnummer", "passeport", "passport", "passport no.", "n° de passeport", …) within
// PASSPORT_CONTEXT_DISTANCE characters in the same sentence: an upper-case code of 6 to 9 letters
// and digits with at least one digit ("EM123456", "NW8JF3JP4", "SPECI2014", "AB123456").
// Without such a word, codes like "BNL-2026-014" or "COVID19" are left alone.
//
// Machine-readable zones (ICAO 9303, TD3) are recognised without context: the 44-character name
// line "P<BEL…" and the 44-character data line whose check digits are valid.
import type { PersonalDataFinding } from "./types";
import { finding, isWordChar, sentenceEnd } from "./text";

export const PASSPORT_CONTEXT_DISTANCE = 40;

const PASSPORT_WORD =
  /(?<![\p{L}\p{N}_])(?:paspoort(?:en|nummers?|nr)?|passeports?|passports?|reispas(?:sen)?|travel\s+document|document\s+de\s+voyage)(?![\p{L}\p{N}_])/giu;
const TOKEN = /[\p{L}\p{N}]+/gu;
const DOCUMENT_NUMBER = /^(?=[A-Z]*\d)[A-Z0-9]{6,9}$/;

const MRZ_NAME_LINE = /(?<![A-Z0-9<])P[A-Z<][A-Z<]{3}[A-Z<]{39}(?![A-Z0-9<])/g;
const MRZ_DATA_LINE = /(?<![A-Z0-9<])[A-Z0-9<]{9}\d[A-Z<]{3}\d{6}\d[MFX<]\d{6}\d[A-Z0-9<]{14}[\d<]\d(?![A-Z0-9<])/g;

/** ICAO 9303 check digit: weights 7, 3, 1 repeating; "<" = 0, digits as is, A = 10 … Z = 35. */
export function mrzCheckDigit(field: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const code = field.charCodeAt(i);
    const value = code === 60 ? 0 : code >= 65 ? code - 55 : code - 48;
    sum += value * weights[i % 3]!;
  }
  return sum % 10;
}

function checks(line: string, from: number, to: number, checkAt: number): boolean {
  const check = line[checkAt];
  const expected = mrzCheckDigit(line.slice(from, to));
  // An unused optional field may carry "<" as its check digit.
  return check === String(expected) || (check === "<" && expected === 0);
}

/** Validates the check digits of a TD3 (passport) data line. */
export function isValidMrzDataLine(line: string): boolean {
  if (line.length !== 44) return false;
  return (
    checks(line, 0, 9, 9) &&
    checks(line, 13, 19, 19) &&
    checks(line, 21, 27, 27) &&
    checks(line, 28, 42, 42) &&
    String(mrzCheckDigit(line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43))) === line[43]
  );
}

function contextNumbers(text: string, found: PersonalDataFinding[]): void {
  const seen = new Set<number>();
  for (const word of text.matchAll(PASSPORT_WORD)) {
    const from = word.index + word[0].length;
    const to = sentenceEnd(text, from, Math.min(text.length, from + PASSPORT_CONTEXT_DISTANCE));
    const window = text.slice(from, to);
    for (const token of window.matchAll(TOKEN)) {
      const value = token[0];
      const start = from + token.index;
      const end = start + value.length;
      // The window may cut a longer token: it must end where the text's word ends.
      if (isWordChar(text[end])) continue;
      if (!DOCUMENT_NUMBER.test(value)) continue;
      // Not part of a code such as "AB-123456-7" or a number like "1.234567".
      const before = text[start - 1];
      const after = text[end];
      if ((before === "-" || before === "/" || before === ".") && isWordChar(text[start - 2])) continue;
      if ((after === "-" || after === "/" || after === "." || after === ",") && isWordChar(text[end + 1])) continue;
      if (seen.has(start)) continue;
      seen.add(start);
      found.push(finding("passport", text, start, end, value, "passport_word", word[0]));
    }
  }
}

function machineReadableZones(text: string, found: PersonalDataFinding[]): void {
  for (const match of text.matchAll(MRZ_NAME_LINE)) {
    if (!match[0].includes("<<")) continue;
    found.push(finding("passport", text, match.index, match.index + 44, `mrz:${match[0]}`, "passport_mrz"));
  }
  for (const match of text.matchAll(MRZ_DATA_LINE)) {
    if (!isValidMrzDataLine(match[0])) continue;
    const documentNumber = match[0].slice(0, 9).replace(/<+$/, "");
    found.push(finding("passport", text, match.index, match.index + 44, documentNumber, "passport_mrz"));
  }
}

export function findPassportNumbers(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  contextNumbers(text, found);
  machineReadableZones(text, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // A document number inside an MRZ line found above is dropped in favour of the line.
  const result: PersonalDataFinding[] = [];
  for (const item of found) {
    const previous = result[result.length - 1];
    if (previous && item.start < previous.end) continue;
    result.push(item);
  }
  return result;
}
