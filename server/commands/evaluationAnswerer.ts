import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { evaluationResponseSchema } from "../../shared/schemas/trainingEvaluation";
import { NO_DISCIPLINE } from "../../shared/trainingEvaluation";
import { audit } from "../audit/auditLog";
import { claimOnce, releaseClaim } from "../db/claims";
import { Conflict, Validation } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { EvaluationResponse } from "../models/EvaluationResponse";
import { authorize } from "../policies";
import { ballotKey, evaluationTarget, loadEvaluation, participantRegistration } from "../trainings/evaluationStore";
import type { TrainingRow } from "../trainings/trainingStore";

/**
 * Stores one participant's answers without saying whose they are. The ballot (a claim on
 * training + person, atomic on both databases) is taken first, so a second answer — even two at
 * once — is refused; the response itself carries only the country and discipline. Should storing
 * the response fail, the ballot is given back so the participant can try again.
 */
export default async function evaluationAnswerer(props: { actor: ActingUser; training: TrainingRow; input: z.output<typeof evaluationResponseSchema> }) {
  const { actor, training, input } = props;
  const trainingId = String(training._id);
  const evaluation = await loadEvaluation(trainingId);
  const target = await evaluationTarget(trainingId, actor, evaluation);
  if (target.answered) throw Conflict("You have already answered this evaluation", "already_answered");
  authorize(actor, "evaluation.answer", target);
  const kinds = new Map(evaluation.questions.map((q) => [q.id, q.kind]));
  const issues = input.answers.flatMap((answer, i) => {
    const kind = kinds.get(answer.questionId);
    if (!kind) return [{ path: `body.answers.${i}.questionId`, message: "not a question of this evaluation" }];
    if (kind === "scale" && answer.text !== undefined) return [{ path: `body.answers.${i}.text`, message: "a scale question takes a number from 1 to 5" }];
    if (kind === "text" && answer.scale !== undefined) return [{ path: `body.answers.${i}.scale`, message: "a text question takes text" }];
    return [];
  });
  if (issues.length > 0) throw Validation(issues);
  const registration = await participantRegistration(trainingId, actor.id);
  if (!registration) throw Conflict("Only participants answer the evaluation", "not_participant");

  const key = ballotKey(trainingId, actor.id);
  if (!(await claimOnce(key))) throw Conflict("You have already answered this evaluation", "already_answered");
  try {
    await EvaluationResponse.create({
      _id: randomUUID(),
      trainingId,
      country: registration.country,
      discipline: registration.discipline ?? NO_DISCIPLINE,
      answers: input.answers.map((a) => ({ questionId: a.questionId, scale: a.scale ?? null, text: a.text ?? "" })),
    });
  } catch (error) {
    await releaseClaim(key);
    throw error;
  }
  // That they answered, never what or which response.
  await audit({ action: "training.evaluationAnswered", ...auditActor(actor), target: { type: "training", id: trainingId, label: training.title } });
}
