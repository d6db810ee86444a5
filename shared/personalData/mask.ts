// Masked values: enough to recognise which finding it is, not enough to identify anyone.
import type { PersonalDataKind } from "./types";

const NON_ASCII_ALNUM = /[\p{L}\p{N}]/u;

function isAlnum(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return NON_ASCII_ALNUM.test(ch);
}

/** Keeps the first `visible` letters and digits and the separators; the rest become "*". */
export function maskAfter(value: string, visible: number): string {
  let seen = 0;
  let out = "";
  for (const ch of value) {
    if (isAlnum(ch)) {
      out += seen < visible ? ch : "*";
      seen++;
    } else out += ch;
  }
  return out;
}

/** "Ana Petrova" → "A. P******"; "Jan de Vries" → "J. de V****"; "Ioana" → "I****". */
export function maskName(value: string): string {
  const words = value.split(/\s+/);
  return words
    .map((word, index) => {
      if (index === words.length - 1) return maskAfter(word, 1);
      if (word === word.toLowerCase()) return word; // a particle
      return `${word[0]}.`;
    })
    .join(" ");
}

function maskEmail(value: string): string {
  const at = value.lastIndexOf("@");
  return at <= 0 ? maskAfter(value, 1) : `${value[0]}***${value.slice(at)}`;
}

/** The digits of a street address and postcode hidden, the street and town kept. */
function maskAddress(value: string): string {
  return value.replace(/\d/g, "*");
}

/** `key` is the normalised value after "kind:" (used where the written form would give too much away). */
export function maskValue(kind: PersonalDataKind, text: string, value: string): string {
  switch (kind) {
    case "person_name":
      return maskName(text.replace(/\s+/g, " "));
    case "email":
      return maskEmail(text);
    case "lu_national_id":
      return `${value.slice(0, 4)} ** ** *** **`;
    case "be_national_register":
      return maskAfter(text, 2);
    case "date_of_birth":
      return `**.**.${value.slice(0, value.indexOf("-"))}`;
    case "postal_address":
      return maskAddress(text);
    case "iban":
      return maskAfter(text, 4);
    case "phone":
      // The country code or the first two digits of the area code.
      return maskAfter(text, text.startsWith("00") ? 4 : 2);
    case "licence_plate":
    case "passport":
    case "nl_bsn":
      return maskAfter(text, 1);
  }
}
