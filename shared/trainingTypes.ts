import type { Discipline } from "./directory";
import type { Language } from "./languages";
import type { AgendaEntry } from "./meetingTypes";
import type { RegistrationStatus, TrainingCountry, TrainingOrganiser, TrainingStatus } from "./trainings";

export interface TrainingDay {
  date: string;
  startTime: string;
  endTime: string;
}

export interface PresentedRegistration {
  id: string;
  name: string;
  organisation: string;
  country: TrainingCountry;
  discipline: Discipline | null;
  language: Language;
  needs: string;
  status: RegistrationStatus;
  /** 1 for the first on the waiting list; null when not waiting. */
  waitingPosition: number | null;
  /** A colleague without an account (registered by a member). */
  colleague: boolean;
  /** Marked on the day by the organisers. */
  attended: boolean;
  createdAt: string;
}

export interface PresentedTrainingSummary {
  id: string;
  title: string;
  days: TrainingDay[];
  place: string;
  organiser: TrainingOrganiser;
  status: TrainingStatus;
  registrationDeadline: string;
  registrationOpen: boolean;
  capacity: number;
  confirmed: number;
  waiting: number;
}

export interface PresentedTraining extends PresentedTrainingSummary {
  description: string;
  audienceDisciplines: Discipline[];
  audienceCountries: TrainingCountry[];
  videoUrl: string;
  languages: Language[];
  interpretation: boolean;
  capacityPerCountry: Array<{ country: TrainingCountry; seats: number }>;
  /** Its programme: agenda entries (sessions with speaker as presenter, duration as planned minutes). */
  programme: AgendaEntry[];
  /** Confirmed and waiting participants per country (counts, no names). */
  perCountry: Array<{ country: TrainingCountry; confirmed: number; waiting: number }>;
  /** The registrations the caller made (themselves or colleagues), not cancelled. */
  myRegistrations: PresentedRegistration[];
  policies: { update: boolean; register: boolean; registrations: boolean };
}
