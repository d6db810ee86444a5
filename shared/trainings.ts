/** Joint trainings (the working group's second action): shared constants and limits. */
import type { Role } from "./domain";

/** The secretariat and the chairs (the presiding country) organise trainings: the policy and the client's links. */
export const organisesTrainings = (role: Role): boolean => role === "secretariat" || role === "chair";

export const TRAINING_STATUSES = ["draft", "published", "cancelled"] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** Who organises: the secretariat or the presiding country. */
export const TRAINING_ORGANISERS = ["secretariat", "BE", "NL", "LU"] as const;
export type TrainingOrganiser = (typeof TRAINING_ORGANISERS)[number];

/** Countries with seats of their own (capacity per country). */
export const TRAINING_COUNTRIES = ["BE", "NL", "LU"] as const;
export type TrainingCountry = (typeof TRAINING_COUNTRIES)[number];

export const REGISTRATION_STATUSES = ["confirmed", "waiting", "cancelled"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const TRAINING_LIMITS = {
  titleMax: 200,
  descriptionMax: 5000,
  placeMax: 300,
  urlMax: 500,
  daysMax: 10,
  capacityMax: 1000,
  nameMax: 120,
  organisationMax: 200,
  needsMax: 500,
  /** Registrations (any status) per training. */
  registrationsMax: 2000,
} as const;

/** Registration is open while the training is published and its deadline has not passed. */
export function registrationOpen(training: { status: TrainingStatus; registrationDeadline: string | Date }, now = new Date()): boolean {
  return training.status === "published" && new Date(training.registrationDeadline).getTime() > now.getTime();
}
