/** The vocabulary of the working group, shared by server and client. */

export const ROLES = ["secretariat", "chair", "member", "observer"] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_TYPES = [
  "police",
  "prosecution_justice",
  "labour_inspection",
  "social_inspection",
  "shelter_ngo",
  "immigration",
  "ministry",
  "secretariat",
  "other",
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const COUNTRIES = ["BE", "NL", "LU", "other"] as const;
export type Country = (typeof COUNTRIES)[number];
