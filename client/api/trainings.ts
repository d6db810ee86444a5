import type { RegistrationInput } from "../../shared/schemas/trainings";
import type { TrainingFormOutput } from "../../shared/schemas/trainingForms";
import type { PresentedRegistration, PresentedTraining, PresentedTrainingSummary } from "../../shared/trainingTypes";
import { apiFetch, deleteResource, patchJson, postJson } from "./http";

const id = (value: string) => encodeURIComponent(value);

export const listTrainings = () => apiFetch<PresentedTrainingSummary[]>("/api/trainings");
export const getTraining = (trainingId: string) => apiFetch<PresentedTraining>(`/api/trainings/${id(trainingId)}`);
export const registerForTraining = (trainingId: string, input: RegistrationInput) => postJson<PresentedRegistration>(`/api/trainings/${id(trainingId)}/registrations`, input);
export const cancelRegistration = (trainingId: string, registrationId: string) => deleteResource(`/api/trainings/${id(trainingId)}/registrations/${id(registrationId)}`);
export const createTraining = (input: TrainingFormOutput) => postJson<PresentedTraining>("/api/trainings", input);
export const updateTraining = (trainingId: string, input: TrainingFormOutput) => patchJson<PresentedTraining>(`/api/trainings/${id(trainingId)}`, input);
/** One change to the programme (the agenda's add, update, remove, move operations). */
export const changeProgramme = (trainingId: string, operation: import("../../shared/schemas/meetings").AgendaOperation) => postJson<PresentedTraining>(`/api/trainings/${id(trainingId)}/programme`, operation);
