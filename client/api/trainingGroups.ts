import type { GroupCaseInput, GroupMoveInput, GroupProposalInput } from "../../shared/schemas/trainingGroups";
import type { PresentedMyGroup, PresentedTrainingGroups } from "../../shared/trainingGroups";
import { apiFetch, postJson } from "./http";

const base = (trainingId: string) => `/api/trainings/${encodeURIComponent(trainingId)}/groups`;

export const getTrainingGroups = (trainingId: string) => apiFetch<PresentedTrainingGroups>(base(trainingId));
export const proposeTrainingGroups = (trainingId: string, input: GroupProposalInput) => postJson<PresentedTrainingGroups>(`${base(trainingId)}/proposal`, input);
export const moveGroupMember = (trainingId: string, input: GroupMoveInput) => postJson<PresentedTrainingGroups>(`${base(trainingId)}/moves`, input);
export const createGroupCase = (trainingId: string, groupId: string, input: GroupCaseInput) => postJson<PresentedTrainingGroups>(`${base(trainingId)}/${encodeURIComponent(groupId)}/case`, input);
export const draftGroupGoodPractice = (trainingId: string, groupId: string) => postJson<PresentedTrainingGroups>(`${base(trainingId)}/${encodeURIComponent(groupId)}/good-practice`);
export const getMyGroups = (trainingId: string) => apiFetch<PresentedMyGroup[]>(`${base(trainingId)}/mine`);
