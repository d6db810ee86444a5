/** The kinds of personal data the detector recognises, in a stable order (the client keys its translations on them). */
export const PERSONAL_DATA_KINDS = [
  "email",
  "phone",
  "iban",
  "be_national_register",
  "nl_bsn",
  "date_of_birth",
  "passport",
] as const;

export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

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
}
