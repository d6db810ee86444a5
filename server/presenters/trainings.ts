import type { Discipline } from "../../shared/directory";
import type { Language } from "../../shared/languages";
import type { AgendaEntry } from "../../shared/meetingTypes";
import type { PresentedRegistration, PresentedTraining, PresentedTrainingSummary } from "../../shared/trainingTypes";
import { registrationOpen, TRAINING_COUNTRIES, type RegistrationStatus, type TrainingCountry, type TrainingOrganiser, type TrainingStatus } from "../../shared/trainings";
import type { RegistrationFields } from "../models/TrainingRegistration";
import type { TrainingRow } from "../trainings/trainingStore";

type RegistrationRow = RegistrationFields & { _id: { toString(): string } };

export function presentRegistration(row: RegistrationRow, all: readonly RegistrationRow[]): PresentedRegistration {
  const waiting = all.filter((r) => r.status === "waiting").sort((a, b) => a.seq - b.seq);
  const position = row.status === "waiting" ? waiting.findIndex((r) => String(r._id) === String(row._id)) + 1 : null;
  return {
    id: String(row._id),
    name: row.name,
    organisation: row.organisation ?? "",
    country: row.country as TrainingCountry,
    discipline: (row.discipline ?? null) as Discipline | null,
    language: row.language as Language,
    needs: row.needs ?? "",
    status: row.status as RegistrationStatus,
    waitingPosition: position,
    colleague: row.userId == null,
    attended: row.attended ?? false,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

export function presentTrainingSummary(training: TrainingRow, registrations: readonly RegistrationRow[]): PresentedTrainingSummary {
  const status = training.status as TrainingStatus;
  return {
    id: String(training._id),
    title: training.title,
    days: training.days.map((d) => ({ date: d.date, startTime: d.startTime, endTime: d.endTime })),
    place: training.place ?? "",
    organiser: training.organiser as TrainingOrganiser,
    status,
    registrationDeadline: new Date(training.registrationDeadline).toISOString(),
    registrationOpen: registrationOpen({ status, registrationDeadline: training.registrationDeadline }),
    capacity: training.capacity,
    confirmed: registrations.filter((r) => r.status === "confirmed").length,
    waiting: registrations.filter((r) => r.status === "waiting").length,
  };
}

export function presentTraining(
  training: TrainingRow,
  registrations: readonly RegistrationRow[],
  viewerId: string,
  policies: PresentedTraining["policies"],
): PresentedTraining {
  return {
    ...presentTrainingSummary(training, registrations),
    description: training.description ?? "",
    audienceDisciplines: training.audienceDisciplines as Discipline[],
    audienceCountries: training.audienceCountries as TrainingCountry[],
    videoUrl: training.videoUrl ?? "",
    languages: training.languages as Language[],
    interpretation: training.interpretation ?? false,
    capacityPerCountry: training.capacityPerCountry.map((c) => ({ country: c.country as TrainingCountry, seats: c.seats })),
    programme: training.programme as AgendaEntry[],
    perCountry: TRAINING_COUNTRIES.map((country) => ({
      country,
      confirmed: registrations.filter((r) => r.country === country && r.status === "confirmed").length,
      waiting: registrations.filter((r) => r.country === country && r.status === "waiting").length,
    })),
    myRegistrations: registrations.filter((r) => r.registeredBy === viewerId && r.status !== "cancelled").map((r) => presentRegistration(r, registrations)),
    policies,
  };
}
