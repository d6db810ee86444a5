/** The kinds of personal data the detector recognises, in a stable order (the client keys its translations on them). */
export const PERSONAL_DATA_KINDS = [
  "email",
  "phone",
  "iban",
  "be_national_register",
  "nl_bsn",
  "date_of_birth",
  "passport",
  "person_name",
  "postal_address",
  "lu_national_id",
  "licence_plate",
] as const;

export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/**
 * Why a finding was flagged, in a stable code the client translates (`personalData.reason.<code>`);
 * some carry the context word as written (`reasonContext`), e.g. "het slachtoffer" or "kenteken".
 */
export const PERSONAL_DATA_REASONS = [
  "email_format",
  "phone_format",
  "iban_checksum",
  "be_national_register_checksum",
  "nl_bsn_checksum",
  "birth_word",
  "passport_word",
  "passport_mrz",
  "name_after_title",
  "name_after_role",
  "name_known_words",
  "name_initials",
  "name_before_verb",
  "address_street_number",
  "address_postcode",
  "lu_national_id_checksum",
  "plate_be",
  "plate_nl",
  "plate_lu",
  "plate_fr",
] as const;

export type PersonalDataReason = (typeof PERSONAL_DATA_REASONS)[number];

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** UTF-16 offset of the first character, as in String.prototype.slice. */
  start: number;
  /** UTF-16 offset just after the last character; text.slice(start, end) === finding.text. */
  end: number;
  text: string;
  /**
   * Stable id: kind + ":" + the normalised value (no hash), e.g. "iban:BE68539007547034",
   * so an acknowledgement survives edits elsewhere in the document.
   */
  key: string;
  reason: PersonalDataReason;
  /** The word that gave the context ("het slachtoffer", "Mme", "kenteken", "geboren"), as written; null when none. */
  reasonContext: string | null;
  /** The value with most characters hidden ("A. P******", "1985 ** ** *** **"), safe to show in lists. */
  masked: string;
}
