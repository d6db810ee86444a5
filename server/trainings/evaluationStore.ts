import type { EvaluationQuestion, EvaluationStatus, PresentedEvaluation } from "../../shared/trainingEvaluation";
import { Claim } from "../db/claims";
import type { ActingUser } from "../meetings/actingUser";
import { EvaluationResponse } from "../models/EvaluationResponse";
import { TrainingEvaluation } from "../models/TrainingEvaluation";
import { TrainingRegistration } from "../models/TrainingRegistration";
import { can } from "../policies";
import type { EvaluationTarget } from "../policies/trainingOutcomes";

export interface EvaluationRow {
  status: EvaluationStatus;
  questions: EvaluationQuestion[];
}

/** The form of a training, or an empty draft when none was made yet. */
export async function loadEvaluation(trainingId: string): Promise<EvaluationRow> {
  const row = await TrainingEvaluation.findById(trainingId).lean();
  if (!row) return { status: "draft", questions: [] };
  return { status: row.status as EvaluationStatus, questions: row.questions.map((q) => ({ id: q.id, kind: q.kind as EvaluationQuestion["kind"], prompt: q.prompt })) };
}

/** The ballot that says someone has answered (never what): a claim, one per training and person. */
export const ballotKey = (trainingId: string, userId: string) => `evaluation-ballot:${trainingId}:${userId}`;

/**
 * The actor's own confirmed registration, if they may answer: with their account, and attended
 * when the organisers marked attendance for anyone (before that, confirmed is enough).
 */
export async function participantRegistration(trainingId: string, userId: string) {
  const registrations = await TrainingRegistration.find({ trainingId }).lean();
  const anyMarked = registrations.some((r) => r.attended);
  return registrations.find((r) => r.userId === userId && r.status === "confirmed" && (!anyMarked || r.attended)) ?? null;
}

export async function evaluationTarget(trainingId: string, actor: ActingUser, evaluation: EvaluationRow): Promise<EvaluationTarget & { answered: boolean }> {
  const [registration, ballot] = await Promise.all([participantRegistration(trainingId, actor.id), Claim.findById(ballotKey(trainingId, actor.id)).lean()]);
  return { status: evaluation.status, participant: registration !== null && !ballot, answered: ballot !== null };
}

export const countResponses = (trainingId: string) => EvaluationResponse.countDocuments({ trainingId });

export async function presentEvaluation(trainingId: string, actor: ActingUser): Promise<PresentedEvaluation> {
  const evaluation = await loadEvaluation(trainingId);
  const target = await evaluationTarget(trainingId, actor, evaluation);
  const configure = can(actor, "evaluation.configure");
  return {
    trainingId,
    status: evaluation.status,
    // Participants see the questions only while they may answer; organisers always.
    questions: configure || evaluation.status !== "draft" ? evaluation.questions : [],
    responses: configure ? await countResponses(trainingId) : null,
    mayAnswer: can(actor, "evaluation.answer", target),
    answered: target.answered,
    policies: { configure, results: can(actor, "evaluation.results") },
  };
}
