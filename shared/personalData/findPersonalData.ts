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
import { findLicencePlates } from "./licencePlate";
import { findLuNationalIds } from "./luNationalId";
import { findPersonNames } from "./personName";
import { findPhoneNumbers } from "./phone";
import { findPostalAddresses } from "./postalAddress";

/**
 * Most specific first. An e-mail address is an unambiguous structure that may contain digits;
 * checksummed identifiers (IBAN, national register numbers, BSN) beat a passport number found by
 * context, which beats a phone number (a 13-digit Luxembourg number is also a valid phone number
 * abroad), which beats a date. A postal address beats the person's name a street carries
 * ("Boulevard du Prince Henri 9"), and a licence plate beats a phone or a name only where they overlap.
 */
export const SPECIFICITY: readonly PersonalDataKind[] = [
  "email",
  "iban",
  "lu_national_id",
  "be_national_register",
  "nl_bsn",
  "passport",
  "licence_plate",
  "phone",
  "date_of_birth",
  "postal_address",
  "person_name",
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
    ...findLuNationalIds(text),
    ...findLicencePlates(text),
    ...findPostalAddresses(text),
    ...findPersonNames(text),
  ]);
}
