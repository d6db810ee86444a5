import mongoose, { type InferSchemaType } from "mongoose";

const answerSchema = new mongoose.Schema({ questionId: { type: String, required: true }, scale: { type: Number, default: null }, text: { type: String, default: "" } }, { _id: false });

/**
 * One anonymous set of answers. Nothing links it to the person: no user or registration id, a
 * random _id (an ObjectId would carry the time of answering, which the ballot also records) and no
 * timestamps. Only the country and discipline stay, for the aggregated results. Who has answered is
 * a separate ballot (a claim, see evaluationAnswerer).
 */
const responseSchema = new mongoose.Schema(
  {
    _id: { type: String, required: true },
    trainingId: { type: String, required: true },
    country: { type: String, required: true },
    discipline: { type: String, required: true },
    answers: { type: [answerSchema], default: [] },
  },
  { timestamps: false, versionKey: false },
);

export type ResponseFields = InferSchemaType<typeof responseSchema>;
export const EvaluationResponse = mongoose.model("EvaluationResponse", responseSchema);
