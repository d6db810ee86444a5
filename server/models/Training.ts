import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";
import { DISCIPLINES } from "../../shared/directory";
import { LANGUAGES } from "../../shared/languages";
import { TRAINING_COUNTRIES, TRAINING_ORGANISERS, TRAINING_STATUSES } from "../../shared/trainings";
import { agendaEntrySchema } from "./Meeting";

const daySchema = new mongoose.Schema({ date: { type: String, required: true }, startTime: { type: String, required: true }, endTime: { type: String, required: true } }, { _id: false });
const capacitySchema = new mongoose.Schema({ country: { type: String, enum: TRAINING_COUNTRIES, required: true }, seats: { type: Number, required: true } }, { _id: false });

/** A joint training event. Its programme is an agenda (the meetings' entry schema and operations). */
const trainingSchema = new mongoose.Schema(
  {
    title: { type: String, required: true },
    description: { type: String, default: "" },
    audienceDisciplines: { type: [String], enum: DISCIPLINES, default: [] },
    audienceCountries: { type: [String], enum: TRAINING_COUNTRIES, default: [] },
    days: { type: [daySchema], default: [] },
    place: { type: String, default: "" },
    videoUrl: { type: String, default: "" },
    languages: { type: [String], enum: LANGUAGES, default: [] },
    interpretation: { type: Boolean, default: false },
    capacity: { type: Number, required: true },
    capacityPerCountry: { type: [capacitySchema], default: [] },
    registrationDeadline: { type: Date, required: true },
    organiser: { type: String, enum: TRAINING_ORGANISERS, required: true },
    status: { type: String, enum: TRAINING_STATUSES, default: "draft" },
    programme: { type: [agendaEntrySchema], default: [] },
    createdBy: { type: String, required: true },
  },
  { timestamps: true },
);

export type TrainingFields = InferSchemaType<typeof trainingSchema>;
export type TrainingRecord = HydratedDocument<TrainingFields>;
export const Training = mongoose.model("Training", trainingSchema);
