import type { EvaluationConfigInput, EvaluationResponseInput } from "../../shared/schemas/trainingEvaluation";
import type { PresentedEvaluation, PresentedTrainingHistory } from "../../shared/trainingEvaluation";
import type { PresentedRegistration } from "../../shared/trainingTypes";
import { apiFetch, postJson } from "./http";

const id = (value: string) => encodeURIComponent(value);
const base = (trainingId: string) => `/api/trainings/${id(trainingId)}`;

export const getEvaluation = (trainingId: string) => apiFetch<PresentedEvaluation>(`${base(trainingId)}/evaluation`);
export const configureEvaluation = (trainingId: string, input: EvaluationConfigInput) =>
  apiFetch<PresentedEvaluation>(`${base(trainingId)}/evaluation`, { method: "PUT", body: JSON.stringify(input) });
export const answerEvaluation = (trainingId: string, input: EvaluationResponseInput) => postJson<void>(`${base(trainingId)}/evaluation/responses`, input);
export const listRegistrations = (trainingId: string) => apiFetch<PresentedRegistration[]>(`${base(trainingId)}/registrations`);
export const markAttendance = (trainingId: string, registrationId: string, attended: boolean) =>
  apiFetch<void>(`${base(trainingId)}/registrations/${id(registrationId)}/attendance`, { method: "PUT", body: JSON.stringify({ attended }) });
export const getTrainingHistory = () => apiFetch<PresentedTrainingHistory[]>("/api/trainings/history");

/** The organisers' downloads (same origin, the session cookie goes along). */
export const trainingDownloads = (trainingId: string, language: string) => ({
  listCsv: `${base(trainingId)}/participant-lists?format=csv`,
  listPdf: `${base(trainingId)}/participant-lists?format=pdf&language=${language}`,
  signInSheet: `${base(trainingId)}/registrations?format=pdf&language=${language}`,
  badges: `${base(trainingId)}/badges?language=${language}`,
  certificates: `${base(trainingId)}/certificates`,
  evaluationReport: `${base(trainingId)}/evaluation/results?format=pdf&language=${language}`,
});
export const FIGURES_CSV = "/api/trainings/figures?format=csv";
