import { z } from "zod";
import { DISCIPLINES } from "../directory";
import { LANGUAGES } from "../languages";
import { TRAINING_COUNTRIES, TRAINING_LIMITS as L, TRAINING_ORGANISERS } from "../trainings";
import { changes, optionalText, requiredText } from "./text";

const day = z.iso.date();
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time like 09:30");
const httpUrl = z
  .string()
  .max(L.urlMax)
  .regex(/^\s*(?:[Hh][Tt][Tt][Pp][Ss]:\/\/[^\s<>"]+)?\s*$/, "must be an https:// address")
  .trim();

export const trainingDaySchema = z
  .strictObject({ date: day, startTime: time, endTime: time })
  .refine((d) => d.startTime < d.endTime, { message: "must end after it starts", path: ["endTime"] });

export const countryCapacitySchema = z.strictObject({ country: z.enum(TRAINING_COUNTRIES), seats: z.number().int().min(0).max(L.capacityMax) });

/** Each field's rule once; the form and both API schemas use them. */
export const trainingFields = {
  title: requiredText(L.titleMax),
  description: optionalText(L.descriptionMax),
  audienceDisciplines: z.array(z.enum(DISCIPLINES)).max(DISCIPLINES.length),
  audienceCountries: z.array(z.enum(TRAINING_COUNTRIES)).max(TRAINING_COUNTRIES.length),
  days: z.array(trainingDaySchema).min(1, "Add at least one day").max(L.daysMax),
  place: optionalText(L.placeMax),
  videoUrl: httpUrl,
  languages: z.array(z.enum(LANGUAGES)).min(1, "Choose at least one language").max(LANGUAGES.length),
  interpretation: z.boolean(),
  capacity: z.number().int().min(1).max(L.capacityMax),
  capacityPerCountry: z.array(countryCapacitySchema).max(TRAINING_COUNTRIES.length),
  registrationDeadline: z.iso.datetime({ offset: true }),
  organiser: z.enum(TRAINING_ORGANISERS),
  /** A draft is for the organisers; published opens registration until the deadline. */
  status: z.enum(["draft", "published"]),
};

const noRepeatedCountry = (caps: { country: string }[]) => new Set(caps.map((c) => c.country)).size === caps.length;

export const trainingInputSchema = z
  .strictObject({
    ...trainingFields,
    description: trainingFields.description.default(""),
    audienceDisciplines: trainingFields.audienceDisciplines.default([]),
    audienceCountries: trainingFields.audienceCountries.default([]),
    place: trainingFields.place.default(""),
    videoUrl: trainingFields.videoUrl.default(""),
    interpretation: trainingFields.interpretation.default(false),
    capacityPerCountry: trainingFields.capacityPerCountry.default([]),
    status: trainingFields.status.default("draft"),
  })
  .refine((t) => noRepeatedCountry(t.capacityPerCountry), { message: "one capacity per country", path: ["capacityPerCountry"] });
export type TrainingInput = z.input<typeof trainingInputSchema>;

export const trainingUpdateSchema = changes({ ...z.strictObject(trainingFields).partial().shape, status: z.enum(["draft", "published", "cancelled"]).optional() });

/** One registration: oneself (no name given) or a colleague without an account (name required). */
export const registrationInputSchema = z.strictObject({
  forColleague: z.boolean().default(false),
  name: optionalText(L.nameMax).default(""),
  organisation: optionalText(L.organisationMax).default(""),
  country: z.enum(TRAINING_COUNTRIES),
  discipline: z.enum(DISCIPLINES).optional(),
  language: z.enum(LANGUAGES),
  needs: optionalText(L.needsMax).default(""),
}).refine((r) => !r.forColleague || r.name.length > 0, { message: "Give the colleague's name", path: ["name"] });
export type RegistrationInput = z.input<typeof registrationInputSchema>;
