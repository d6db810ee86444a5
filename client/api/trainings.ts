import type { RegistrationInput } from "../../shared/schemas/trainings";
import type { PresentedRegistration, PresentedTraining, PresentedTrainingSummary } from "../../shared/trainingTypes";
import { apiFetch, deleteResource, postJson } from "./http";

const id = (value: string) => encodeURIComponent(value);

export const listTrainings = () => apiFetch<PresentedTrainingSummary[]>("/api/trainings");
export const getTraining = (trainingId: string) => apiFetch<PresentedTraining>(`/api/trainings/${id(trainingId)}`);
export const registerForTraining = (trainingId: string, input: RegistrationInput) => postJson<PresentedRegistration>(`/api/trainings/${id(trainingId)}/registrations`, input);
export const cancelRegistration = (trainingId: string, registrationId: string) => deleteResource(`/api/trainings/${id(trainingId)}/registrations/${id(registrationId)}`);
