import { organisesTrainings } from "../../shared/trainings";
import type { EvaluationStatus } from "../../shared/trainingEvaluation";
import { allow, type Actor } from "./types";

/** Who may answer a training's evaluation form, as the route finds it. */
export interface EvaluationTarget {
  status: EvaluationStatus;
  /** The actor has a confirmed registration with their own account (and attended, once attendance is marked). */
  participant: boolean;
}

const isOrganiser = (actor: Actor) => organisesTrainings(actor.role);

/** After the day: evaluation, bulk certificates, participant lists, history and the yearly figures. */
export const trainingOutcomePolicies = {
  "evaluation.configure": allow((actor) => isOrganiser(actor)),
  /** The aggregated results: the organisers (groups too small to show are hidden even from them). */
  "evaluation.results": allow((actor) => isOrganiser(actor)),
  "evaluation.answer": allow<EvaluationTarget>((_actor, evaluation) => evaluation.status === "open" && evaluation.participant),
  /** All certificates at once, the participant lists per country and discipline, badges. */
  "training.participantDocuments": allow((actor) => isOrganiser(actor)),
  /** Past trainings with counts (never names) and the evaluation summary: every member. */
  "training.history": allow((actor) => actor.active),
  /** Figures per year and country for the secretariat's annual report. */
  "training.figures": allow((actor) => isOrganiser(actor)),
};
