import type { Language } from "../../shared/languages";
import type { PresentedAccount, PresentedSession, RecoveryCodes, TotpSetup } from "../../shared/types";
import { apiFetch, deleteResource, patchJson, postJson } from "./http";

/** The signed-in user's own account: details, password, two-factor sign-in, sessions. */

export const getAccount = () => apiFetch<PresentedAccount>("/api/account");

export const updateAccount = (input: { name?: string; language?: Language }) => patchJson<PresentedAccount>("/api/account", input);

export const changePassword = (currentPassword: string, newPassword: string) =>
  postJson<void>("/api/account/password", { currentPassword, newPassword });

export const startTwoFactorSetup = () => postJson<TotpSetup>("/api/account/two-factor/setup");

export const confirmTwoFactor = (code: string) => postJson<RecoveryCodes>("/api/account/two-factor/confirm", { code });

export const regenerateRecoveryCodes = (password: string) => postJson<RecoveryCodes>("/api/account/two-factor/recovery-codes", { password });

export const disableTwoFactor = (password: string) => postJson<void>("/api/account/two-factor/disable", { password });

export const listSessions = () => apiFetch<PresentedSession[]>("/api/account/sessions");

export const endSession = (id: string) => deleteResource(`/api/account/sessions/${encodeURIComponent(id)}`);

export const endAllSessions = () => postJson<void>("/api/account/sessions/revoke-all");
