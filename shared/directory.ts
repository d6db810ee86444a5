/**
 * Vocabulary and limits of the contact-point directory and the referral pathways (PRODUCT.md §5, §6;
 * issue 12). Server and client share them; the nl/fr/en labels the server prints are in
 * server/directory/directoryLabels.ts, the client's in its i18n files.
 */

/** What an organisation does in the fight against trafficking. */
export const DISCIPLINES = [
  "police",
  "public_prosecution",
  "labour_inspection",
  "social_inspection",
  "shelter_ngo",
  "specialised_victim_centre",
  "immigration",
  "ministry",
  "national_rapporteur",
  "nrm_coordinator",
  /** The Benelux General Secretariat itself (kept from the former organisation types). */
  "secretariat",
  "other",
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

/** The organisation types before the directory, and the discipline each becomes (migration). */
export const LEGACY_TYPE_TO_DISCIPLINE: Readonly<Record<string, Discipline>> = {
  police: "police",
  prosecution_justice: "public_prosecution",
  labour_inspection: "labour_inspection",
  social_inspection: "social_inspection",
  shelter_ngo: "shelter_ngo",
  immigration: "immigration",
  ministry: "ministry",
  secretariat: "secretariat",
  other: "other",
};

/** What to contact a contact point for. */
export const CONTACT_TAGS = [
  "identification",
  "referral",
  "investigation",
  "prosecution",
  "residence_permits",
  "shelter_places",
  "minors",
  "labour_exploitation",
  "sexual_exploitation",
  "forced_criminality",
  "forced_begging",
  "organ_removal",
  "victim_support",
  "legal_assistance",
  "return_and_reintegration",
  "data_and_reporting",
] as const;
export type ContactTag = (typeof CONTACT_TAGS)[number];

/** The forms of exploitation a cross-border pathway can be about (a subset of the tags). */
export const EXPLOITATION_TAGS = ["labour_exploitation", "sexual_exploitation", "forced_criminality", "forced_begging", "organ_removal"] as const satisfies readonly ContactTag[];
export type ExploitationTag = (typeof EXPLOITATION_TAGS)[number];

/**
 * Languages an organisation serves or a contact point speaks (ISO 639-1). A fixed list, so that
 * filters and labels stay predictable; both sides name them with Intl.DisplayNames.
 */
export const DIRECTORY_LANGUAGES = [
  "nl", "fr", "en", "de", "lb", "es", "pt", "it", "pl", "ro", "bg", "hu", "cs", "sk", "lt", "lv", "sq", "sr",
  "uk", "ru", "tr", "ar", "fa", "ps", "ur", "hi", "zh", "vi", "th", "tl", "am", "ti", "so", "sw", "yo", "ig",
] as const;
export type DirectoryLanguage = (typeof DIRECTORY_LANGUAGES)[number];

/** The countries whose directory and referral mechanism the group keeps. */
export const DIRECTORY_COUNTRIES = ["BE", "NL", "LU"] as const;
export type DirectoryCountry = (typeof DIRECTORY_COUNTRIES)[number];

/** A function-based entry ("Cel mensenhandel") or a named person. */
export const CONTACT_POINT_KINDS = ["function", "person"] as const;
export type ContactPointKind = (typeof CONTACT_POINT_KINDS)[number];

/** The stages of a national referral mechanism, in their order. */
export const PATHWAY_STAGES = [
  "detection",
  "first_contact",
  "referral_to_specialised_centre",
  "reflection_period",
  "protection_status",
  "residence",
  "return_or_stay",
] as const;
export type PathwayStage = (typeof PATHWAY_STAGES)[number];

/** Cross-border: the possible victim was identified in one country and was exploited, or lives, in another. */
export const CROSS_BORDER_SITUATIONS = ["exploited", "residing"] as const;
export type CrossBorderSituation = (typeof CROSS_BORDER_SITUATIONS)[number];

export const PATHWAY_KINDS = ["national", "cross_border"] as const;
export type PathwayKind = (typeof PATHWAY_KINDS)[number];

/** fresh: verified recently; due: its owner has been asked to confirm it; stale: past its date. */
export const FRESHNESS_STATUSES = ["fresh", "due", "stale"] as const;
export type FreshnessStatus = (typeof FRESHNESS_STATUSES)[number];

export const VERIFICATION = {
  /** An entry is confirmed or updated every six months. */
  cycleMonths: 6,
  /** Its owner is asked this many days before the date; past the date it is stale. */
  requestLeadDays: 30,
} as const;

export const DIRECTORY_LIMITS = {
  nameMax: 200,
  functionMax: 200,
  notesMax: 1_000,
  hoursMax: 200,
  phoneMax: 40,
  emailMax: 254,
  urlMax: 300,
  streetMax: 200,
  postalCodeMax: 20,
  cityMax: 100,
  languagesMax: DIRECTORY_LANGUAGES.length,
  tagsMax: CONTACT_TAGS.length,
  editorsMax: 50,
  searchTextMax: 100,
  pageSizeMax: 100,
  cardsMax: 100,
  /** Exports stop here; past it they say how many were left out. */
  exportMax: 5_000,
  pathwayTitleMax: 200,
  pathwaySummaryMax: 2_000,
  stepsMax: 30,
  stepTitleMax: 200,
  stepTextMax: 2_000,
  stepContactPointsMax: 10,
  /** Agenda items and decisions that point at contact points. */
  referencesMax: 10,
} as const;
