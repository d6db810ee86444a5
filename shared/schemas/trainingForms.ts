import { z } from "zod";
import { brusselsLocalToInstant } from "../brusselsTime";
import { TRAINING_COUNTRIES, TRAINING_STATUSES } from "../trainings";
import { countryCapacitySchema, trainingFields } from "./trainings";

/**
 * What the training form holds before it becomes an API input: the deadline as a Brussels date and
 * time, the seats per country as one optional number each. Built from the API's own field rules.
 */
const seats = countryCapacitySchema.shape.seats.optional();

export const trainingFormSchema = z
  .object({
    title: trainingFields.title,
    description: trainingFields.description,
    audienceDisciplines: trainingFields.audienceDisciplines,
    audienceCountries: trainingFields.audienceCountries,
    days: trainingFields.days,
    place: trainingFields.place,
    videoUrl: trainingFields.videoUrl,
    languages: trainingFields.languages,
    interpretation: trainingFields.interpretation,
    capacity: trainingFields.capacity,
    seats: z.object({ BE: seats, NL: seats, LU: seats }),
    deadlineDate: z.iso.date(),
    deadlineTime: z.iso.time({ precision: -1 }),
    organiser: trainingFields.organiser,
    /** Cancelled only for an existing training (the API refuses it on creation). */
    status: z.enum(TRAINING_STATUSES),
  })
  .transform(({ seats: perCountry, deadlineDate, deadlineTime, ...rest }) => ({
    ...rest,
    capacityPerCountry: TRAINING_COUNTRIES.flatMap((country) => (perCountry[country] === undefined ? [] : [{ country, seats: perCountry[country] }])),
    registrationDeadline: brusselsLocalToInstant(`${deadlineDate}T${deadlineTime}`).toISOString(),
  }));
export type TrainingFormOutput = z.output<typeof trainingFormSchema>;
