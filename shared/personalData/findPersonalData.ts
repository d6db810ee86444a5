// Runs every detector and merges the results: sorted by start, without overlaps. When two findings
// overlap, the more specific kind wins (SPECIFICITY below); between findings of the same kind the
// longer one wins.
import type { PersonalDataFinding, PersonalDataKind } from "./types";
import { findBeNationalRegisterNumbers } from "./beNationalRegister";
import { findDatesOfBirth } from "./dateOfBirth";
import { findEmails } from "./email";
import { findIbans } from "./iban";
import { findBsnNumbers } from "./nlBsn";
import { findPassportNumbers } from "./passport";
import { findPhoneNumbers } from "./phone";

/**
 * Most specific first. An e-mail address is an unambiguous structure that may contain digits;
 * checksummed identifiers (IBAN, national register, BSN) beat a passport number found by context,
 * which beats a phone number, which beats a date.
 */
export const SPECIFICITY: readonly PersonalDataKind[] = [
  "email",
  "iban",
  "be_national_register",
  "nl_bsn",
  "passport",
  "phone",
  "date_of_birth",
];

const rank = new Map<PersonalDataKind, number>(SPECIFICITY.map((kind, index) => [kind, index]));

export function resolveOverlaps(findings: readonly PersonalDataFinding[]): PersonalDataFinding[] {
  const byPreference = [...findings].sort(
    (a, b) =>
      (rank.get(a.kind) ?? 99) - (rank.get(b.kind) ?? 99) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  // Kept findings, sorted by start; overlap is checked against the neighbours of the insertion point.
  const kept: PersonalDataFinding[] = [];
  for (const candidate of byPreference) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (kept[middle]!.start < candidate.start) low = middle + 1;
      else high = middle;
    }
    const previous = kept[low - 1];
    const next = kept[low];
    if (previous && previous.end > candidate.start) continue;
    if (next && next.start < candidate.end) continue;
    kept.splice(low, 0, candidate);
  }
  return kept;
}

export function findPersonalData(text: string): PersonalDataFinding[] {
  const phones = findPhoneNumbers(text);
  const ibans = findIbans(text);
  return resolveOverlaps([
    ...findEmails(text),
    ...ibans,
    ...findBeNationalRegisterNumbers(text),
    ...findBsnNumbers(text, { phones, ibans }),
    ...findPassportNumbers(text),
    ...phones,
    ...findDatesOfBirth(text),
  ]);
}
