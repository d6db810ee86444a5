import { z } from "zod";
import { EVALUATION_LIMITS as L, EVALUATION_QUESTION_KINDS } from "../trainingEvaluation";
import { optionalText, requiredText } from "./text";

const questionId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "must be a question id");

export const evaluationQuestionSchema = z.strictObject({
  /** Kept when a question is edited; the server gives new questions an id. */
  id: questionId.optional(),
  kind: z.enum(EVALUATION_QUESTION_KINDS),
  prompt: requiredText(L.promptMax),
});

/** The organisers' form: the questions and whether participants may answer. */
export const evaluationConfigSchema = z.strictObject({
  questions: z.array(evaluationQuestionSchema).min(1, "Add at least one question").max(L.questionsMax),
  status: z.enum(["draft", "open", "closed"]),
});
export type EvaluationConfigInput = z.input<typeof evaluationConfigSchema>;

export const evaluationAnswerSchema = z.strictObject({
  questionId,
  scale: z.number().int().min(1).max(5).optional(),
  text: optionalText(L.textAnswerMax).optional(),
});

/** A participant's answers; questions may be skipped, but not all of them. */
export const evaluationResponseSchema = z.strictObject({
  answers: z
    .array(evaluationAnswerSchema)
    .max(L.questionsMax)
    .refine((answers) => answers.some((a) => a.scale !== undefined || (a.text ?? "") !== ""), { message: "Answer at least one question" })
    .refine((answers) => new Set(answers.map((a) => a.questionId)).size === answers.length, { message: "one answer per question" }),
});
export type EvaluationResponseInput = z.input<typeof evaluationResponseSchema>;

/**
 * The answer form on the page: one row per question, the scale as a choice ("" = not answered),
 * turned into the API's answers (unanswered questions left out) and checked by the same schema.
 */
export const evaluationAnswerFormSchema = z
  .strictObject({
    answers: z.array(z.strictObject({ questionId, scale: z.enum(["", "1", "2", "3", "4", "5"]).default(""), text: optionalText(L.textAnswerMax).default("") })).max(L.questionsMax),
  })
  .transform(({ answers }) => ({
    answers: answers.flatMap((a): Array<{ questionId: string; scale?: number; text?: string }> =>
      a.scale !== "" ? [{ questionId: a.questionId, scale: Number(a.scale) }] : a.text !== "" ? [{ questionId: a.questionId, text: a.text }] : [],
    ),
  }))
  .pipe(evaluationResponseSchema);
