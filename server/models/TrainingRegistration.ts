import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";
import { DISCIPLINES } from "../../shared/directory";
import { LANGUAGES } from "../../shared/languages";
import { REGISTRATION_STATUSES, TRAINING_COUNTRIES } from "../../shared/trainings";

/**
 * One participant of a training: a member who registered, or a colleague without an account whom
 * a member registered (userId null). Kept minimal: name, organisation, needs are optional.
 */
const registrationSchema = new mongoose.Schema(
  {
    trainingId: { type: String, required: true },
    registeredBy: { type: String, required: true },
    userId: { type: String, default: null },
    name: { type: String, required: true },
    organisation: { type: String, default: "" },
    country: { type: String, enum: TRAINING_COUNTRIES, required: true },
    discipline: { type: String, enum: DISCIPLINES, default: null },
    language: { type: String, enum: LANGUAGES, required: true },
    needs: { type: String, default: "" },
    status: { type: String, enum: REGISTRATION_STATUSES, required: true },
    /** Order of arrival, for the waiting list (set under the training's lock). */
    seq: { type: Number, required: true },
    cancelledAt: { type: Date, default: null },
    /** Marked on the day by the organisers; a certificate needs it. */
    attended: { type: Boolean, default: false },
  },
  { timestamps: true },
);
registrationSchema.index({ trainingId: 1, seq: 1 }, { unique: true });

export type RegistrationFields = InferSchemaType<typeof registrationSchema>;
export type RegistrationRecord = HydratedDocument<RegistrationFields>;
export const TrainingRegistration = mongoose.model("TrainingRegistration", registrationSchema);
