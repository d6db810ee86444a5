import mongoose, { type InferSchemaType } from "mongoose";
import { EVALUATION_QUESTION_KINDS, EVALUATION_STATUSES } from "../../shared/trainingEvaluation";

const questionSchema = new mongoose.Schema({ id: { type: String, required: true }, kind: { type: String, enum: EVALUATION_QUESTION_KINDS, required: true }, prompt: { type: String, required: true } }, { _id: false });

/** A training's evaluation form; its _id is the training's id (one form per training, found by _id). */
const evaluationSchema = new mongoose.Schema(
  {
    _id: { type: String, required: true },
    status: { type: String, enum: EVALUATION_STATUSES, default: "draft" },
    questions: { type: [questionSchema], default: [] },
    updatedBy: { type: String, required: true },
  },
  { timestamps: true },
);

export type EvaluationFields = InferSchemaType<typeof evaluationSchema>;
export const TrainingEvaluation = mongoose.model("TrainingEvaluation", evaluationSchema);
