import type { CreateInvitationInput, SettingsInput, UpdateUserInput } from "../../shared/schemas/accounts";
import type {
  CreatedLink,
  PresentedInvitation,
  PresentedOrganisation,
  PresentedQuarantinedUpdate,
  PresentedSettings,
  PresentedUser,
} from "../../shared/types";
import type { Country, Discipline } from "../../shared/domain";
import { apiFetch, deleteResource, patchJson, postJson } from "./http";
import type { AuditFilters, AuditPage, CreatedInvitation } from "./types";

/** Administration, for the secretariat: users, organisations, invitations, settings, audit log. */

const id = (value: string) => encodeURIComponent(value);

export const listUsers = () => apiFetch<PresentedUser[]>("/api/users");

export const updateUser = (userId: string, input: UpdateUserInput) => patchJson<PresentedUser>(`/api/users/${id(userId)}`, input);

export const createPasswordReset = (userId: string, sendEmail = false) => postJson<CreatedLink>(`/api/users/${id(userId)}/password-reset`, { sendEmail });

export const listOrganisations = () => apiFetch<PresentedOrganisation[]>("/api/organisations");

export const createOrganisation = (input: { name: string; discipline: Discipline; country: Country }) =>
  postJson<PresentedOrganisation>("/api/organisations", input);

export const listInvitations = () => apiFetch<PresentedInvitation[]>("/api/invitations");

export const createInvitation = (input: CreateInvitationInput) => postJson<CreatedInvitation>("/api/invitations", input);

export const revokeInvitation = (invitationId: string) => deleteResource(`/api/invitations/${id(invitationId)}`);

export const getSettings = () => apiFetch<PresentedSettings>("/api/settings");

export const updateSettings = (input: SettingsInput) => patchJson<PresentedSettings>("/api/settings", input);

export const AUDIT_PAGE_SIZE = 50;

export function readAuditLog(filters: AuditFilters, before: number | null): Promise<AuditPage> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  if (before !== null) query.set("before", String(before));
  query.set("limit", String(AUDIT_PAGE_SIZE));
  return apiFetch<AuditPage>(`/api/audit?${query.toString()}`);
}

/** Stored document changes that could not be applied and were moved aside (no content). */
export const listQuarantine = () => apiFetch<PresentedQuarantinedUpdate[]>("/api/quarantine");
