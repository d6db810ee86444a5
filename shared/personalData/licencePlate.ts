// Licence plates, upper case with their usual dashes:
//   Belgium      1-ABC-123 (since 2010; also with spaces or none after a plate word); before that
//                ABC-123 and 123-ABC, which are also ordinary codes, so only after a plate word
//   Netherlands  the side codes 1 to 14 (XX-99-99 … 999-XX-9). From side code 4 on no vowels, C, Q or Y
//                (RDW); side codes 1 to 3 (before 1978, vowels possible) only after a plate word
//   Luxembourg   AB 1234 / AB1234; after a plate word, or when the letters are not a common code
//                (EN, ISO, PV, a country…) and the digits not a year
//   France       AB-123-CD (SIV, since 2009): no I, O or U, and not SS
// A plate word ("nummerplaat", "kenteken", "plaque", "immatriculé", "plate", "registration"…) may stand up
// to PLATE_CONTEXT_DISTANCE characters before it in the same sentence. Decision numbers (BNL-2026-014),
// versions, dates, postcodes and article numbers have other shapes. The key is the plate without
// separators ("licence_plate:1ABC123").
import type { PersonalDataFinding, PersonalDataReason } from "./types";
import { finding, isWordChar, sentenceStart } from "./text";

export const PLATE_CONTEXT_DISTANCE = 40;

const NL_LETTERS = "BDFGHJKLMNPRSTVWXZ";
const FR_LETTERS = "ABCDEFGHJKLMNPQRSTVWXYZ";

/** Dutch side codes: X a letter, 9 a digit. */
const NL_SIDE_CODES = ["XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"];

const PLATE_WORD =
  /(?<![\p{L}\p{N}_])(?:nummerpla(?:at|ten)|kentekens?(?:plaat)?|(?:number|licen[cs]e|registration)\s+plates?|plates?|plaques?(?:\s+d'immatriculation)?|immatricul(?:é|ee|ée)s?|immatriculation|registration|registered|reg\.)(?![\p{L}\p{N}_])/giu;

// Runs of upper-case letters and digits joined by single dashes or spaces, e.g. "GB-123-K", "AB 1234"
// (ASCII only, so the engine can skip ahead fast; the word boundaries are checked in code).
const CANDIDATE = /[A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4}){1,2}|[A-Z0-9]{6,7}/g;

/** Shapes some plate format has (X a letter, 9 a digit, "-" a dash or a space). */
const PLATE_SHAPES = new Set(["9-XXX-999", "9XXX999", "XXX-999", "999-XXX", "XX-999-XX", "XX-9999", "XX9999", ...NL_SIDE_CODES]);

/** Letters and digits that are common codes rather than Luxembourg plates ("EN 1234", "ISO 9001", "PV 2016"). */
const LU_NOT_PLATE = new Set(["EN", "NL", "BE", "LU", "FR", "EU", "UK", "US", "DE", "PV", "NR", "NO", "KB", "AR", "BS", "EC", "CE", "ID", "IT", "OK", "TV", "PC", "CV", "BV", "NV", "SA", "HR", "ZH", "NH", "ART", "ISO", "NEN", "DIN"]);

function pattern(value: string): string {
  let out = "";
  for (const ch of value) out += ch === "-" || ch === " " ? "-" : ch >= "0" && ch <= "9" ? "9" : "X";
  return out;
}

function lettersIn(value: string, allowed: string): boolean {
  for (const ch of value) if (ch >= "A" && ch <= "Z" && !allowed.includes(ch)) return false;
  return true;
}

function plateWordBefore(text: string, start: number): string | null {
  const from = sentenceStart(text, Math.max(0, start - PLATE_CONTEXT_DISTANCE - 30), start);
  const window = text.slice(from, start);
  let word: string | null = null;
  PLATE_WORD.lastIndex = 0;
  for (let match = PLATE_WORD.exec(window); match; match = PLATE_WORD.exec(window)) {
    if (start - (from + match.index + match[0].length) <= PLATE_CONTEXT_DISTANCE) word = match[0];
  }
  return word;
}

function isYear(digits: string): boolean {
  return /^(?:19|20)\d\d$/.test(digits);
}

/** The country whose plate format `value` has, or undefined. `word` is the plate word before it, if any. */
function classify(value: string, word: string | null): PersonalDataReason | undefined {
  const shape = pattern(value);
  const dashed = value.includes("-");
  const compact = value.replace(/[- ]/g, "");
  if (shape === "9-XXX-999" && (dashed || word)) return "plate_be";
  if (shape === "9XXX999" && word) return "plate_be";
  if ((shape === "XXX-999" || shape === "999-XXX") && dashed && word) return "plate_be";
  if (shape === "XX-999-XX" && dashed) {
    const first = compact.slice(0, 2);
    const last = compact.slice(5);
    if (lettersIn(compact, FR_LETTERS) && first !== "SS" && last !== "SS") return "plate_fr";
  }
  if (dashed && NL_SIDE_CODES.includes(shape)) {
    const sideCode = NL_SIDE_CODES.indexOf(shape) + 1;
    if (sideCode >= 4 ? lettersIn(compact, NL_LETTERS) : word !== null) return "plate_nl";
  }
  if ((shape === "XX-9999" && value[2] === " ") || shape === "XX9999") {
    const letters = compact.slice(0, 2);
    const digits = compact.slice(2);
    if (word || (!LU_NOT_PLATE.has(letters) && !isYear(digits))) return "plate_lu";
  }
  return undefined;
}

export function findLicencePlates(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const value = match[0];
    const start = match.index;
    const after = text[start + value.length];
    if (isWordChar(text[start - 1]) || text[start - 1] === "-" || isWordChar(after) || (after === "-" && isWordChar(text[start + value.length + 1]))) continue;
    // The shape must be a plate's (or become one without its last group, "AB 1234 EN"), with letters and digits.
    const shape = pattern(value);
    const cut = value.lastIndexOf(" ");
    if (!PLATE_SHAPES.has(shape) && !(cut > 0 && PLATE_SHAPES.has(shape.slice(0, cut)))) continue;
    const word = plateWordBefore(text, start);
    // A candidate may have swallowed a neighbouring word ("AB 1234 EN"): also try without its last group.
    let reason = classify(value, word);
    let end = start + value.length;
    if (!reason) {
      const cut = Math.max(value.lastIndexOf(" "), value.lastIndexOf("-"));
      if (cut > 0 && value[cut] === " ") {
        reason = classify(value.slice(0, cut), word);
        end = start + cut;
      }
    }
    if (!reason) continue;
    const plate = text.slice(start, end);
    found.push(finding("licence_plate", text, start, end, plate.replace(/[- ]/g, ""), reason, word));
  }
  return found;
}
