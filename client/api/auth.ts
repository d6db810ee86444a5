import type { AcceptInvitationInput, FirstAccountInput, SignInInput } from "../../shared/schemas/accounts";
import type { InvitationPreview, SessionState } from "../../shared/types";
import { apiFetch, fetchSession, postJson, sendForSession } from "./http";
import type { LinkValidity } from "./types";

/** Sign-in and the public, token-based pages (first start, invitations, password resets). */

const token = (value: string) => encodeURIComponent(value);

export const getSession = (): Promise<SessionState> => fetchSession();

export const signIn = (input: SignInInput) => sendForSession("/api/auth/sign-in", input);

export const submitSecondFactor = (code: string) => sendForSession("/api/auth/second-factor", { code });

export const signOut = () => postJson<void>("/api/auth/sign-out");

export const checkSetupLink = (value: string) => apiFetch<LinkValidity>(`/api/setup/${token(value)}`);

export const createFirstAccount = (value: string, input: FirstAccountInput) => sendForSession(`/api/setup/${token(value)}`, input);

export const previewInvitation = (value: string) => apiFetch<InvitationPreview>(`/api/invitations/by-token/${token(value)}`);

export const acceptInvitation = (value: string, input: AcceptInvitationInput) =>
  sendForSession(`/api/invitations/by-token/${token(value)}/accept`, input);

export const checkPasswordResetLink = (value: string) => apiFetch<LinkValidity>(`/api/password-resets/${token(value)}`);

export const resetPassword = (value: string, password: string) => postJson<void>(`/api/password-resets/${token(value)}`, { password });
