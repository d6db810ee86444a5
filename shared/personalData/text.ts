// Small helpers shared by the detectors. Pure string code: runs unchanged in Node and in the browser.
import { maskValue } from "./mask";
import type { PersonalDataFinding, PersonalDataKind, PersonalDataReason } from "./types";

/** A finding of `kind` at [start, end) whose normalised value is `value` (the key is "kind:value"). */
export function finding(
  kind: PersonalDataKind,
  source: string,
  start: number,
  end: number,
  value: string,
  reason: PersonalDataReason,
  reasonContext: string | null = null,
): PersonalDataFinding {
  const text = source.slice(start, end);
  return { kind, start, end, text, key: `${kind}:${value}`, reason, reasonContext, masked: maskValue(kind, text, value) };
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/** Letter, digit or underscore, in any script. `undefined` (outside the text) is not. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const code = ch.charCodeAt(0);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  }
  return NON_ASCII_WORD.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isDigitCode(ch.charCodeAt(0));
}

/** Only the digits of a string. */
export function digitsOf(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    if (isDigitCode(value.charCodeAt(i))) out += value[i];
  }
  return out;
}

/**
 * Remainder of a long decimal string modulo `modulus`, computed piecewise so it never leaves
 * the exact range of a double (no BigInt needed).
 */
export function modDecimal(digits: string, modulus: number): number {
  let remainder = 0;
  for (let i = 0; i < digits.length; i += 7) {
    const chunk = digits.slice(i, i + 7);
    remainder = Number(String(remainder) + chunk) % modulus;
  }
  return remainder;
}

// A sentence ends at "!", "?", ";", a line break, or a full stop after a word of four or more
// letters or digits (so "geb.", "nr.", "art." and "d.o.b." do not end a sentence, "Antwerpen." does)
// followed by a space or the end of the text. Scanned by hand: these run for every candidate of
// several detectors, and a regular expression over a fresh slice each time cost more than the rest.

/** True when a sentence ends with the character at `index`. */
function endsSentenceAt(source: string, index: number): boolean {
  const ch = source[index];
  if (ch === "!" || ch === "?" || ch === ";" || ch === "\n" || ch === "\r") return true;
  if (ch !== ".") return false;
  const next = source[index + 1];
  if (next !== undefined && next !== " " && next !== "\t" && next !== "\n" && next !== "\r" && next !== "\u00a0") return false;
  if (index < 4) return false;
  for (let k = index - 4; k < index; k++) if (!isWordChar(source[k]) || source[k] === "_") return false;
  return true;
}

/** Index where the sentence containing `to` starts, looking no further back than `from`. */
export function sentenceStart(source: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (endsSentenceAt(source, i)) return i + 1;
  return from;
}

/** Index just past the end of the sentence starting before `from`, looking no further than `to`. */
export function sentenceEnd(source: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (endsSentenceAt(source, i)) return i;
  return to;
}

const CURRENCY_BEFORE = /(?:€|\$|£|\bEUR|\bUSD|\bGBP|\beuro)\s?$/i;
const CURRENCY_AFTER = /^\s?(?:€|%|EUR\b|euro|USD\b|GBP\b)/i;

/** True when the number at [start, end) reads as an amount or a percentage. */
export function looksLikeAmount(source: string, start: number, end: number): boolean {
  return CURRENCY_BEFORE.test(source.slice(Math.max(0, start - 6), start)) || CURRENCY_AFTER.test(source.slice(end, end + 6));
}
