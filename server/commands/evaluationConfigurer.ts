import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { evaluationConfigSchema } from "../../shared/schemas/trainingEvaluation";
import { audit } from "../audit/auditLog";
import { withLock } from "../db/claims";
import { Conflict } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { TrainingEvaluation } from "../models/TrainingEvaluation";
import { authorize } from "../policies";
import { countResponses, loadEvaluation } from "../trainings/evaluationStore";
import type { TrainingRow } from "../trainings/trainingStore";

const sameQuestions = (a: ReadonlyArray<{ id?: string; kind: string; prompt: string }>, b: ReadonlyArray<{ id: string; kind: string; prompt: string }>) =>
  a.length === b.length && a.every((q, i) => q.id === b[i]!.id && q.kind === b[i]!.kind && q.prompt === b[i]!.prompt);

/**
 * Sets a training's evaluation questions and whether it is open. Once someone has answered, the
 * questions stay as they are (their answers would no longer match); opening and closing still work.
 */
export default async function evaluationConfigurer(props: { actor: ActingUser; training: TrainingRow; input: z.output<typeof evaluationConfigSchema> }) {
  const { actor, training, input } = props;
  authorize(actor, "evaluation.configure");
  const trainingId = String(training._id);
  return withLock(`evaluation:${trainingId}`, async () => {
    const current = await loadEvaluation(trainingId);
    if (!sameQuestions(input.questions, current.questions) && (await countResponses(trainingId)) > 0) {
      throw Conflict("The questions cannot change once someone has answered", "evaluation_answered");
    }
    const known = new Set(current.questions.map((q) => q.id));
    const questions = input.questions.map((q) => ({ id: q.id && known.has(q.id) ? q.id : randomUUID().slice(0, 8), kind: q.kind, prompt: q.prompt }));
    await TrainingEvaluation.updateOne({ _id: trainingId }, { $set: { questions, status: input.status, updatedBy: actor.id } }, { upsert: true });
    await audit({ action: "training.evaluationConfigured", ...auditActor(actor), target: { type: "training", id: trainingId, label: training.title }, details: { status: input.status, questions: questions.length } });
  });
}
