/**
 * The evaluation form of a training (issue 14, item 5): configurable questions, answered
 * anonymously, results only for groups large enough that nobody can be recognised in them.
 */
import type { TrainingCountry } from "./trainings";

export const EVALUATION_QUESTION_KINDS = ["scale", "text"] as const;
export type EvaluationQuestionKind = (typeof EVALUATION_QUESTION_KINDS)[number];

export const EVALUATION_STATUSES = ["draft", "open", "closed"] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export const EVALUATION_LIMITS = {
  questionsMax: 20,
  promptMax: 300,
  textAnswerMax: 2000,
  /** Results of a group (a country, a discipline, or everyone) with fewer answers than this are not shown. */
  minGroupSize: 5,
} as const;

export interface EvaluationQuestion {
  id: string;
  kind: EvaluationQuestionKind;
  prompt: string;
}

export interface PresentedEvaluation {
  trainingId: string;
  status: EvaluationStatus;
  questions: EvaluationQuestion[];
  /** How many have answered (organisers only; null for others). */
  responses: number | null;
  /** The caller may answer now: a confirmed participant with an account, not answered yet, form open. */
  mayAnswer: boolean;
  answered: boolean;
  policies: { configure: boolean; results: boolean };
}

/** One group's figures; null figures when the group is too small to show. */
export interface EvaluationGroupResult {
  group: TrainingCountry | string;
  hidden: boolean;
  count: number | null;
  mean: number | null;
}

export interface EvaluationQuestionResult {
  questionId: string;
  kind: EvaluationQuestionKind;
  prompt: string;
  /** Scale questions: everyone together (hidden when fewer than the threshold answered). */
  overall: { count: number; mean: number; distribution: [number, number, number, number, number] } | null;
  byCountry: EvaluationGroupResult[];
  byDiscipline: EvaluationGroupResult[];
  /** Text questions: the answers with personal data taken out, in alphabetical order (not the order they came in). */
  texts: string[];
  /** How many text answers had something taken out by the personal-data guard. */
  redacted: number;
}

export interface PresentedEvaluationResults {
  trainingId: string;
  responses: number;
  minGroupSize: number;
  /** True when fewer than the threshold answered at all: nothing but the count is shown. */
  tooFew: boolean;
  questions: EvaluationQuestionResult[];
}

/** The group of a response without a discipline. */
export const NO_DISCIPLINE = "unspecified";

/** A past training in the history: counts, never names. */
export interface PresentedTrainingHistory {
  id: string;
  title: string;
  days: Array<{ date: string; startTime: string; endTime: string }>;
  organiser: string;
  place: string;
  sessions: number;
  participants: number;
  attended: number;
  perCountry: Array<{ country: TrainingCountry; participants: number; attended: number }>;
  perDiscipline: Array<{ discipline: string; participants: number }>;
  evaluation: { responses: number; scales: Array<{ prompt: string; mean: number | null }> };
}

/** One row of the secretariat's annual figures. */
export interface TrainingYearFigures {
  year: string;
  country: TrainingCountry;
  trainings: number;
  participants: number;
  attended: number;
  withoutAccount: number;
}
