// Personal-data detector shared by the server (refuses to publish) and the editor (highlights).
// Pure TypeScript, no Node-only APIs. Explanations shown to users are translated by the client.
// This entry does not load the name gazetteer: import ./index (which does) unless you provide it
// yourself with provideNameData(), as the editor does lazily.
export { PERSONAL_DATA_KINDS, PERSONAL_DATA_REASONS } from "./types";
export type { PersonalDataFinding, PersonalDataKind, PersonalDataReason } from "./types";
export { findPersonalData, resolveOverlaps, SPECIFICITY } from "./findPersonalData";
export { findEmails } from "./email";
export { findPhoneNumbers } from "./phone";
export { findIbans, ibanChecksumValid, IBAN_LENGTHS } from "./iban";
export { findBeNationalRegisterNumbers, isValidBeNationalRegister } from "./beNationalRegister";
export { findBsnNumbers, passesElfProef } from "./nlBsn";
export type { BsnOptions } from "./nlBsn";
export { findDatesOfBirth, hasBirthContext, BIRTH_CONTEXT_DISTANCE } from "./dateOfBirth";
export { findPassportNumbers, isValidMrzDataLine, mrzCheckDigit, PASSPORT_CONTEXT_DISTANCE } from "./passport";
export { findLuNationalIds, isValidLuNationalId, luhnCheckDigit, verhoeffCheckDigit } from "./luNationalId";
export { findLicencePlates, PLATE_CONTEXT_DISTANCE } from "./licencePlate";
export { findPostalAddresses } from "./postalAddress";
export { findPersonNames } from "./personName";
export { maskName, maskValue } from "./mask";
export { hasNameData, provideNameData } from "./nameLexicon";
export type { NameData } from "./nameData";
